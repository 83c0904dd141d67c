// mm-shift-multiply.s — parallel shifts and multiplies
//
// Covers I5–I8 pshl2/4 and pshr2/4 (.u) by register and immediate counts (including
// counts beyond the element), A10 pshladd2/pshradd2 with saturation, I1 pmpyshr2 (.u)
// with every count, and I2 pmpy2.l/.r.
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

	mov r6 = 3 ;;
	mov r7 = 40 ;;
	pshl2 r8 = r4, r6 ;;
	pshl4 r9 = r4, 31 ;;
	pshr2 r10 = r2, r6 ;;
	pshr2.u r11 = r2, r6 ;;
	pshr4 r14 = r5, 7 ;;
	pshr4.u r15 = r5, r7 ;;
	pshr2 r16 = r2, r7 ;;
	pshl2 r17 = r4, 15 ;;
	pshladd2 r18 = r2, 1, r3 ;;
	pshladd2 r19 = r4, 3, r5 ;;
	pshradd2 r20 = r2, 2, r3 ;;
	pmpyshr2 r21 = r2, r3, 0 ;;
	pmpyshr2 r22 = r2, r3, 7 ;;
	pmpyshr2.u r23 = r2, r3, 15 ;;
	pmpyshr2.u r24 = r4, r5, 16 ;;
	pmpyshr2 r25 = r4, r5, 16 ;;
	pmpy2.l r26 = r4, r5 ;;
	pmpy2.r r27 = r2, r3 ;;
	mov r32 = 0 ;;
	// ski-excluded: gr.r18 gr.r19 gr.r20 -- Ski bug: its signedSat8/signedSat16 compare the signed sum with an unsigned 64-bit literal, so every non-negative saturated element reads as 0x80/0x8000 (checked against the SDM in MultimediaTests)
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
