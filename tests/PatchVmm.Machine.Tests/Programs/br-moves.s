// br-moves.s — branch register moves and mov r=ip
//
// Covers I21 mov b=r (low 4 bits kept in the register), I22 mov r=b, I25 mov r=ip and an
// indirect branch through b6 to an address with low bits set.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x123456789abcdef7 ;;
	mov b1 = r2 ;;
	mov b7 = r2 ;;
	mov r3 = b1 ;;
	mov r4 = b7 ;;
	mov r5 = ip ;;
	movl r6 = .Ltarget + 3 ;;
	mov b6 = r6 ;;
	mov r7 = 1 ;;
	br.cond.sptk.few b6 ;;
	mov r7 = 2 ;;
.Ltarget:
	mov r8 = ip ;;
	mov r9 = b6 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
