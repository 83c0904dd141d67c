// alu-logic.s — and, andcm, or, xor in register and imm8 forms
//
// Covers A1 and A3 logical operations with every operand pattern: all-ones, alternating
// bits, the sign bit and the imm8 limits -128 and 127.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0xaaaaaaaa55555555 ;;
	movl r3 = 0x0f0f0f0ff0f0f0f0 ;;
	and r4 = r2, r3 ;;
	andcm r5 = r2, r3 ;;
	or r6 = r2, r3 ;;
	xor r7 = r2, r3 ;;
	and r8 = -128, r2 ;;
	andcm r9 = 127, r3 ;;
	or r10 = -1, r3 ;;
	xor r11 = 85, r2 ;;
	xor r14 = -128, r3 ;;
	or r15 = 0, r0 ;;
	andcm r16 = -1, r2 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
