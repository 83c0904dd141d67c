// br-cexit.s — br.cexit in a counted loop
//
// Covers B2 br.cexit: it rotates like br.ctop and branches out only when the loop is
// over; the loop body accumulates while rotating the predicates.
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
	mov ar.lc = 4 ;;
	mov ar.ec = 2 ;;
	mov pr.rot = 0 ;;
.Lloop:
	adds r2 = 1, r2
	nop.i 0
	br.cexit.spnt.few .Ldone ;;
	br.cond.sptk.few .Lloop ;;
.Ldone:
	mov r3 = ar.lc ;;
	mov r4 = ar.ec ;;
	mov r5 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
