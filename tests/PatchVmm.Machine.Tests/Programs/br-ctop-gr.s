// br-ctop-gr.s — a software-pipelined loop with br.ctop and rotating GRs
//
// Covers B2 br.ctop with ar.lc and ar.ec, a rotating GR region (alloc with sor = 8) and
// stage predicates: a three-stage pipeline copies and doubles 8 values; the final
// rrb.gr, rrb.pr, ar.ec and the rotated registers are in the state.
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
	movl r2 = 0x200000 ;;
	mov r3 = 1 ;;
	mov ar.lc = 7 ;;
.Linit:
	st8 [r2] = r3, 8
	add r3 = r3, r3
	br.cloop.sptk.few .Linit ;;
	movl r2 = 0x200000 ;;
	movl r4 = 0x200100 ;;
	mov ar.lc = 7 ;;
	mov ar.ec = 3 ;;
	mov pr.rot = 0x10000 ;;
.Lloop:
	(p16) ld8 r32 = [r2], 8
	(p17) add r34 = r33, r33 ;;
	(p18) st8 [r4] = r35, 8
	br.ctop.sptk.few .Lloop ;;
	movl r4 = 0x200100 ;;
	ld8 r5 = [r4], 8 ;;
	ld8 r6 = [r4], 8 ;;
	ld8 r7 = [r4], 48 ;;
	ld8 r8 = [r4] ;;
	mov r9 = ar.lc ;;
	mov r10 = ar.ec ;;
	mov r11 = pr ;;
	mov r47 = 0 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
