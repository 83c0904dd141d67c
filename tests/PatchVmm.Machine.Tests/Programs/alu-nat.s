// alu-nat.s — NaT propagation through the integer ALU
//
// A NaT source makes the result of add, sub, and, or, xor, shladd, extr, dep, shl, sxt,
// popcnt NaT (value as computed from the register contents, which is 0 here); an
// immediate source never is.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x200000 ;;
	mov r3 = -1 ;;
	mov ar.unat = r3 ;;
	ld8.fill r4 = [r2] ;;
	mov r5 = 7 ;;
	add r6 = r4, r5 ;;
	sub r7 = 3, r4 ;;
	and r8 = r5, r4 ;;
	or r9 = -1, r4 ;;
	shladd r10 = r4, 2, r5 ;;
	extr.u r11 = r4, 4, 8 ;;
	dep r14 = r5, r4, 4, 4 ;;
	shl r15 = r5, r4 ;;
	sxt4 r16 = r4 ;;
	popcnt r17 = r4 ;;
	mov r18 = r4 ;;
	adds r19 = 5, r5 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
