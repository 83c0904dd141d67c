// extend-czx.s — sxt, zxt, czx, popcnt
//
// Covers I29 sign and zero extension of 1, 2 and 4 bytes, compute-zero-index czx1/czx2
// from the left and the right (with and without a zero element), and I9 popcnt.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x8182838485868788 ;;
	movl r3 = 0x1122003344556677 ;;
	movl r4 = 0x1111222233334444 ;;
	sxt1 r5 = r2 ;;
	sxt2 r6 = r2 ;;
	sxt4 r7 = r2 ;;
	zxt1 r8 = r2 ;;
	zxt2 r9 = r2 ;;
	zxt4 r10 = r2 ;;
	czx1.l r11 = r3 ;;
	czx1.r r14 = r3 ;;
	czx2.l r15 = r4 ;;
	czx2.r r16 = r4 ;;
	czx1.l r17 = r0 ;;
	czx1.r r18 = r2 ;;
	czx2.l r19 = r2 ;;
	popcnt r20 = r2 ;;
	popcnt r21 = r3 ;;
	popcnt r22 = r0 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
