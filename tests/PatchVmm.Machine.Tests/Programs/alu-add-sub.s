// alu-add-sub.s — add, sub and their carry forms, adds, addl, mov immediate
//
// Covers A1 add/sub (with the ,1 forms), A4 adds (imm14 limits), A5 addl (imm22 limits,
// r0..r3 base) and mov of immediates, on 0, -1, carries and the sign bit.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x8000000000000000 ;;
	movl r3 = 0x7fffffffffffffff ;;
	mov r4 = -1 ;;
	add r5 = r2, r3 ;;
	add r6 = r3, r3, 1 ;;
	add r7 = r4, r4 ;;
	sub r8 = r2, r3 ;;
	sub r9 = r0, r4, 1 ;;
	sub r10 = r3, r2 ;;
	adds r11 = -8192, r2 ;;
	adds r14 = 8191, r3 ;;
	addl r15 = -2097152, r0 ;;
	addl r16 = 2097151, r3 ;;
	mov r17 = 0x1fffff ;;
	add r18 = r5, r6, 1 ;;
	sub r19 = r7, r8, 1 ;;
	adds r20 = 1, r4 ;;
	mov r21 = r20 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
