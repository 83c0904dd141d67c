// mm-avg-cmp.s — parallel average, compare, min, max, sad
//
// Covers A9 pavg1/pavg2 (with and without .raz), pavgsub1/pavgsub2, pcmp1/2/4 .eq/.gt,
// I2 pmin1.u/pmax1.u/pmin2/pmax2 and psad1.
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

	pavg1 r8 = r2, r3 ;;
	pavg1.raz r9 = r2, r3 ;;
	pavg2 r10 = r4, r5 ;;
	pavg2.raz r11 = r4, r5 ;;
	pavgsub1 r14 = r2, r3 ;;
	pavgsub2 r15 = r4, r5 ;;
	pcmp1.eq r16 = r2, r2 ;;
	pcmp1.gt r17 = r2, r3 ;;
	pcmp2.eq r18 = r4, r5 ;;
	pcmp2.gt r19 = r3, r2 ;;
	pcmp4.eq r20 = r4, r4 ;;
	pcmp4.gt r21 = r5, r4 ;;
	pmin1.u r22 = r2, r3 ;;
	pmax1.u r23 = r2, r3 ;;
	pmin2 r24 = r2, r3 ;;
	pmax2 r25 = r2, r3 ;;
	psad1 r26 = r4, r5 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
