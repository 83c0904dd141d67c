// sema-cmpxchg.s — cmpxchg of every size
//
// Covers M16 cmpxchg1/2/4/8 with .acq and .rel: the old value always comes back, the
// store happens only when it equals ar.ccv (compared as the zero-extended element).
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
	movl r3 = 0x8899aabbccddeeff ;;
	st8 [r2] = r3 ;;
	movl r4 = 0xff ;;
	mov ar.ccv = r4 ;;
	mov r5 = 0x11 ;;
	cmpxchg1.acq r6 = [r2], r5, ar.ccv ;;
	cmpxchg1.rel r7 = [r2], r5, ar.ccv ;;
	movl r4 = 0x8899aabbccdd ;;
	mov ar.ccv = r4 ;;
	cmpxchg2.acq r8 = [r2], r5, ar.ccv ;;
	movl r4 = 0xccddee11 ;;
	mov ar.ccv = r4 ;;
	cmpxchg4.rel r9 = [r2], r5, ar.ccv ;;
	mov ar.ccv = r5 ;;
	mov r10 = -1 ;;
	cmpxchg8.acq r11 = [r2], r10, ar.ccv ;;
	ld8 r14 = [r2] ;;
	mov ar.ccv = r14 ;;
	cmpxchg8.rel r15 = [r2], r3, ar.ccv ;;
	ld8 r16 = [r2] ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
