// alu-shladd-addp4.s — shladd, shladdp4, addp4 register and imm14 forms
//
// Covers A2 shladd/shladdp4 with every count (1..4) and A1/A4 addp4, whose result keeps
// the low 32 bits of the sum and copies bits 31:30 of r3 to bits 62:61.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x00000000c0000001 ;;
	movl r3 = 0x123456789abcdef0 ;;
	shladd r4 = r2, 1, r3 ;;
	shladd r5 = r2, 2, r3 ;;
	shladd r6 = r3, 3, r2 ;;
	shladd r7 = r3, 4, r2 ;;
	shladdp4 r8 = r3, 2, r2 ;;
	addp4 r9 = r3, r2 ;;
	addp4 r10 = r2, r3 ;;
	addp4 r11 = -1, r2 ;;
	addp4 r14 = 100, r3 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
