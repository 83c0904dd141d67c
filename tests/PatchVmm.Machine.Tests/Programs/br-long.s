// br-long.s — long branches: brl and brl.call
//
// Covers X3 brl.cond (taken and predicated off) and brl, and X4 brl.call with a return
// through br.ret, over a distance of several hundred kilobytes of code.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	mov r8 = 0 ;;
	cmp.eq p6, p7 = r0, r0 ;;
	(p7) brl.cond.sptk.few .Lfar ;;
	(p6) brl.cond.sptk.few .Lfar ;;
	mov r8 = 99 ;;
.Lback:
	brl.call.sptk.many b1 = farfunc ;;
	mov r9 = r10 ;;
	mov r10 = b1 ;;
	mov r32 = 0 ;;
	br.sptk.few .Lend ;;
.Lfar:
	adds r8 = 1, r8 ;;
	brl.sptk.few .Lback ;;
.Lend:
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

	.skip 0x40000
	.proc farfunc
farfunc:
	mov r10 = 0x77 ;;
	br.ret.sptk.many b1 ;;
	.endp farfunc
