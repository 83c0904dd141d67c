// cmp-unc.s — unconditional compares
//
// Covers the .unc compare type: with a true qualifying predicate it writes the relation
// and its complement; with a false one it still clears both targets (unlike a normal
// compare, which leaves them).
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	mov r2 = 3 ;;
	mov r3 = 7 ;;
	cmp.eq p1, p2 = r0, r0 ;;
	cmp.ne p3, p4 = r0, r0 ;;
	mov pr = r0, 0x1fe ;;
	cmp.eq p5, p0 = r0, r0 ;;
	cmp.ne p6, p0 = r0, r0 ;;
	(p5) cmp.lt.unc p8, p9 = r2, r3 ;;
	(p6) cmp.lt.unc p10, p11 = r2, r3 ;;
	cmp.eq p12, p13 = r2, r2 ;;
	(p6) cmp.lt p12, p13 = r3, r2 ;;
	cmp.eq p14, p15 = r2, r2 ;;
	(p6) cmp.eq.unc p14, p15 = r2, r2 ;;
	(p5) cmp4.ltu.unc p16, p17 = -2, r3 ;;
	(p5) tbit.nz.unc p18, p19 = r3, 1 ;;
	(p6) tbit.nz.unc p20, p21 = r3, 1 ;;
	mov r8 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
