// cmp-or.s — parallel or and or.andcm compares
//
// Covers the .or type (both targets set when the relation is true) and .or.andcm (first
// set, second cleared), in register, imm8 and compare-to-zero forms.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	mov r2 = 5 ;;
	mov r3 = -5 ;;
	mov pr = r0, 0x1fe ;;
	mov pr.rot = 0 ;;
	cmp.eq.or p1, p2 = r2, r2 ;;
	cmp.ne.or p3, p4 = r2, r2 ;;
	cmp.gt.or p5, p6 = r0, r3 ;;
	cmp.lt.or p7, p8 = r0, r3 ;;
	cmp.eq.or p9, p10 = 5, r2 ;;
	cmp.eq p11, p12 = r0, r0 ;;
	cmp.eq.or.andcm p11, p12 = r2, r2 ;;
	cmp.eq p13, p14 = r0, r0 ;;
	cmp.ne.or.andcm p13, p14 = r2, r2 ;;
	cmp.eq p15, p16 = r0, r0 ;;
	cmp.ge.or.andcm p15, p16 = r0, r3 ;;
	cmp.le.or.andcm p17, p18 = r0, r3 ;;
	tbit.z.or p19, p20 = r2, 1 ;;
	tbit.nz.or.andcm p21, p22 = r2, 0 ;;
	mov r8 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
