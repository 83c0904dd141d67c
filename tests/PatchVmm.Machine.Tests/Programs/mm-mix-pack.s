// mm-mix-pack.s — mix, pack, unpack, mux
//
// Covers I2 mix1/2/4 .l/.r, pack2.sss/.uss, pack4.sss, unpack1/2/4 .h/.l, I3 mux1 with
// every permutation and I4 mux2 with several selectors.
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

	mix1.l r8 = r4, r5 ;;
	mix1.r r9 = r4, r5 ;;
	mix2.l r10 = r4, r5 ;;
	mix2.r r11 = r4, r5 ;;
	mix4.l r14 = r4, r5 ;;
	mix4.r r15 = r4, r5 ;;
	pack2.sss r16 = r2, r3 ;;
	pack2.uss r17 = r2, r3 ;;
	pack4.sss r18 = r4, r5 ;;
	unpack1.h r19 = r4, r5 ;;
	unpack1.l r20 = r4, r5 ;;
	unpack2.h r21 = r4, r5 ;;
	unpack2.l r22 = r4, r5 ;;
	unpack4.h r23 = r4, r5 ;;
	unpack4.l r24 = r4, r5 ;;
	mux1 r25 = r4, @brcst ;;
	mux1 r26 = r4, @mix ;;
	mux1 r27 = r4, @shuf ;;
	mux1 r28 = r4, @alt ;;
	mux1 r29 = r4, @rev ;;
	mux2 r30 = r4, 0xe4 ;;
	mux2 r31 = r4, 0x1b ;;
	mux2 r33 = r4, 0x44 ;;
	mov r32 = 0 ;;
	// ski-excluded: gr.r16 gr.r18 -- Ski bug: its signedSat8/signedSat16 compare the signed sum with an unsigned 64-bit literal, so every non-negative saturated element reads as 0x80/0x8000 (checked against the SDM in MultimediaTests)
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
