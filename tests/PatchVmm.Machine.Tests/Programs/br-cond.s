// br-cond.s — conditional IP-relative branches
//
// Covers B1 br.cond taken and not taken under true and false predicates, forward and
// backward, and the unconditional br pseudo-op; a loop counts down with a predicated
// backward branch.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	mov r2 = 10 ;;
	mov r3 = 0 ;;
.Lloop:
	adds r3 = 3, r3 ;;
	adds r2 = -1, r2 ;;
	cmp.ne p6, p7 = 0, r2 ;;
	(p6) br.cond.dptk.few .Lloop ;;
	(p7) br.cond.sptk.many .Lskip ;;
	mov r3 = -1 ;;
.Lskip:
	(p6) br.cond.sptk.few .Lbad ;;
	br.sptk.few .Lgood ;;
.Lbad:
	mov r4 = 1 ;;
.Lgood:
	mov r5 = 2 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
