// br-wexit.s — while loops with br.wexit
//
// Covers B1 br.wexit: the same update as br.wtop, branching out of the loop when the
// predicate and the epilogue count say it is over.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	mov r2 = 3 ;;
	mov r3 = 0 ;;
	mov ar.ec = 1 ;;
	mov pr.rot = 0 ;;
.Lloop:
	adds r3 = 1, r3
	adds r2 = -1, r2 ;;
	cmp.ne p17, p0 = r0, r2 ;;
	nop.m 0
	nop.i 0
	(p17) br.wexit.spnt.few .Ldone ;;
	br.cond.sptk.few .Lloop ;;
.Ldone:
	mov r4 = ar.ec ;;
	mov r5 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
