// sema-xchg-fetchadd.s — xchg and fetchadd
//
// Covers M16 xchg1/2/4/8 (old value back, new value stored) and M17 fetchadd4/8 with
// every increment (-16, -8, -4, -1, 1, 4, 8, 16), wrapping at the element size.
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
	movl r3 = 0x0102030405060708 ;;
	st8 [r2] = r3 ;;
	mov r4 = -1 ;;
	xchg1 r5 = [r2], r4 ;;
	xchg2 r6 = [r2], r0 ;;
	xchg4 r7 = [r2], r4 ;;
	xchg8 r8 = [r2], r3 ;;
	adds r9 = 8, r2 ;;
	st8 [r9] = r0 ;;
	fetchadd4.acq r10 = [r9], -16 ;;
	fetchadd4.rel r11 = [r9], 16 ;;
	fetchadd4.acq r14 = [r9], -1 ;;
	fetchadd8.acq r15 = [r9], 8 ;;
	fetchadd8.rel r16 = [r9], -8 ;;
	fetchadd8.acq r17 = [r9], 4 ;;
	fetchadd8.rel r18 = [r9], -4 ;;
	fetchadd8.acq r19 = [r9], 1 ;;
	ld8 r20 = [r9] ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
