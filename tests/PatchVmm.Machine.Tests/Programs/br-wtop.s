// br-wtop.s — while loops with br.wtop
//
// Covers B1 br.wtop: it executes whether or not its predicate is true (the predicate is
// the loop condition), rotates, and exits through the epilogue count in ar.ec.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	alloc r40 = ar.pfs, 0, 16, 0, 8 ;;
	mov r2 = 6 ;;
	mov r3 = 0 ;;
	mov ar.ec = 1 ;;
	mov pr.rot = 0 ;;
	cmp.ne p16, p0 = r0, r2 ;;
.Lloop:
	adds r3 = 1, r3
	adds r2 = -1, r2 ;;
	cmp.ne p16, p0 = r0, r2
	nop.i 0
	(p16) br.wtop.sptk.few .Lloop ;;
	mov r4 = ar.ec ;;
	mov r5 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
