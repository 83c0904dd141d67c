// rotation-clrrrb.s — register rotation and clrrrb
//
// Rotates GRs, FRs and PRs with br.ctop, reads registers through the rotated names, then
// clears rrb.pr alone (clrrrb.pr) and all rrbs (clrrrb); the frame marker shows each
// step.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	alloc r50 = ar.pfs, 0, 24, 0, 16 ;;
	mov r32 = 32 ;;
	mov r33 = 33 ;;
	mov r47 = 47 ;;
	mov pr.rot = 0x10000 ;;
	mov ar.lc = 2 ;;
	mov ar.ec = 1 ;;
.Lloop:
	nop.m 0
	nop.i 0
	br.ctop.sptk.few .Lloop ;;
	mov r2 = r32 ;;
	mov r3 = r35 ;;
	mov r4 = pr ;;
	clrrrb.pr ;;
	mov r5 = pr ;;
	mov r6 = r32 ;;
	clrrrb ;;
	mov r7 = r32 ;;
	mov r8 = r33 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
