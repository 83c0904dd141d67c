// mm-add-sub.s — parallel add and subtract with every saturation
//
// Covers A9 padd1/padd2/padd4 and psub1/psub2/psub4 with wrap-around, .sss, .uuu and
// .uus saturation on elements at the signed and unsigned limits.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x807f01ff7ffe8001 ;;
	movl r3 = 0x7f80ff0180027fff ;;
	movl r4 = 0x0123456789abcdef ;;
	movl r5 = 0xfedcba9876543210 ;;

	padd1 r8 = r2, r3 ;;
	padd1.sss r9 = r2, r3 ;;
	padd1.uuu r10 = r2, r3 ;;
	padd1.uus r11 = r2, r3 ;;
	padd2 r14 = r2, r3 ;;
	padd2.sss r15 = r2, r3 ;;
	padd2.uuu r16 = r2, r3 ;;
	padd2.uus r17 = r2, r3 ;;
	padd4 r18 = r2, r3 ;;
	psub1 r19 = r2, r3 ;;
	psub1.sss r20 = r2, r3 ;;
	psub1.uuu r21 = r2, r3 ;;
	psub1.uus r22 = r2, r3 ;;
	psub2 r23 = r3, r2 ;;
	psub2.sss r24 = r2, r3 ;;
	psub2.uuu r25 = r3, r2 ;;
	psub2.uus r26 = r2, r3 ;;
	psub4 r27 = r4, r5 ;;
	mov r32 = 0 ;;
	// ski-excluded: gr.r9 gr.r20 gr.r24 -- Ski bug: its signedSat8/signedSat16 compare the signed sum with an unsigned 64-bit literal, so every non-negative saturated element reads as 0x80/0x8000 (checked against the SDM in MultimediaTests)
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
