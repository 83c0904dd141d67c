// br-cloop.s — counted loops with br.cloop
//
// Covers B2 br.cloop: ar.lc counts down to 0 and the branch falls through at 0 (leaving
// ar.lc 0); a nested use with a new count.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	mov r2 = 0 ;;
	mov ar.lc = 9 ;;
.Louter:
	adds r2 = 1, r2
	nop.i 0
	br.cloop.sptk.few .Louter ;;
	mov r3 = ar.lc ;;
	mov ar.lc = 0 ;;
.Lonce:
	adds r2 = 100, r2
	nop.i 0
	br.cloop.sptk.few .Lonce ;;
	mov r4 = ar.lc ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
