// shift-pair.s — shrp (shift right pair) and shift immediates
//
// Covers I10 shrp with counts 0, 1, 32 and 63, and the shl/shr/shr.u immediate pseudo-
// ops (dep.z and extr forms).
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x0123456789abcdef ;;
	movl r3 = 0xfedcba9876543210 ;;
	shrp r4 = r2, r3, 0 ;;
	shrp r5 = r2, r3, 1 ;;
	shrp r6 = r2, r3, 32 ;;
	shrp r7 = r2, r3, 63 ;;
	shl r8 = r3, 4 ;;
	shl r9 = r3, 63 ;;
	shr r10 = r3, 4 ;;
	shr r11 = r3, 63 ;;
	shr.u r14 = r3, 4 ;;
	shr.u r15 = r3, 63 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
