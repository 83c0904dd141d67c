// ar-moves.s — movl and moves to and from application registers
//
// Covers X2 movl, I26/I27/I28 (ar.lc, ar.ec — 6 bits kept, ar.pfs) and M29/M30/M31
// (ar.k0..k7, ar.ccv, ar.unat, ar.fpsr) with registers and imm8, read back into GRs.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0xfedcba9876543210 ;;
	movl r3 = 0x123456789abcdef0 ;;
	mov ar.lc = r2 ;;
	mov r4 = ar.lc ;;
	mov ar.ec = r2 ;;
	mov r5 = ar.ec ;;
	movl r12 = 0x007000000000028a ;;
	mov ar.pfs = r12 ;;
	mov r6 = ar.pfs ;;
	mov ar.k0 = r2 ;;
	mov ar.k7 = r3 ;;
	mov r7 = ar.k0 ;;
	mov r8 = ar.k7 ;;
	mov ar.ccv = r3 ;;
	mov r9 = ar.ccv ;;
	mov ar.unat = r2 ;;
	mov r10 = ar.unat ;;
	mov ar.lc = -7 ;;
	mov r11 = ar.lc ;;
	mov ar.k3 = 100 ;;
	mov r14 = ar.k3 ;;
	mov ar.ccv = -128 ;;
	mov r15 = ar.ccv ;;
	mov ar.ec = 63 ;;
	mov r16 = ar.ec ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
