// deposit.s — dep, dep.z in every form
//
// Covers I12 dep.z register, I13 dep.z imm8, I14 dep imm1 and I15 dep register (4-bit
// length) forms, including fields that reach bit 63.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x123456789abcdef0 ;;
	movl r3 = 0xffffffffffffffff ;;
	dep.z r4 = r2, 8, 16 ;;
	dep.z r5 = r2, 60, 8 ;;
	dep.z r6 = -3, 4, 8 ;;
	dep.z r7 = 127, 56, 8 ;;
	dep r8 = 0, r3, 12, 20 ;;
	dep r9 = -1, r2, 40, 24 ;;
	dep r10 = r2, r3, 4, 16 ;;
	dep r11 = r3, r2, 60, 4 ;;
	dep r14 = r2, r0, 0, 1 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
