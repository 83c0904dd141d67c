// cmp-and.s — parallel and compares, incl. the compare-to-zero forms
//
// Covers the .and compare type (A6 eq/ne, A7 r0 forms gt/le/ge/lt, A8 imm8): both
// targets are cleared when the relation is false, left alone when it is true.
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
	cmp.eq p1, p2 = r0, r0 ;;
	cmp.eq p3, p4 = r0, r0 ;;
	cmp.eq p5, p6 = r0, r0 ;;
	cmp.eq p7, p8 = r0, r0 ;;
	cmp.eq p9, p10 = r0, r0 ;;
	cmp.eq.and p1, p2 = r2, r2 ;;
	cmp.ne.and p3, p4 = r2, r2 ;;
	cmp.gt.and p5, p6 = r0, r3 ;;
	cmp.lt.and p7, p8 = r0, r3 ;;
	cmp.eq.and p9, p10 = 5, r2 ;;
	cmp.eq p11, p12 = r0, r0 ;;
	cmp.le.and p11, p12 = r0, r2 ;;
	cmp.eq p13, p14 = r0, r0 ;;
	cmp.ge.and p13, p14 = r0, r2 ;;
	cmp.eq p15, p16 = r0, r0 ;;
	cmp4.eq.and p15, p16 = r3, r2 ;;
	mov r8 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
