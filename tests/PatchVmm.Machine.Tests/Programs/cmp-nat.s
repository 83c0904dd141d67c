// cmp-nat.s — compares and tests with NaT sources
//
// A NaT made by ld8.fill (ar.unat bit set) makes a normal or unc compare clear both
// targets, an and-type compare clear both, an or-type compare leave both; tnat sees it,
// tbit of a NaT behaves like a NaT compare.
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
	mov r3 = -1 ;;
	mov ar.unat = r3 ;;
	ld8.fill r4 = [r2] ;;
	mov r5 = 0 ;;
	mov pr = r3, 0x1fe ;;
	cmp.eq p1, p2 = r4, r5 ;;
	cmp.eq.unc p3, p4 = r5, r4 ;;
	cmp.eq.and p5, p6 = r4, r4 ;;
	cmp.eq.or p7, p8 = r5, r4 ;;
	tnat.nz p9, p10 = r4 ;;
	tnat.z p11, p12 = r4 ;;
	tnat.nz p13, p14 = r5 ;;
	tbit.z p15, p16 = r4, 0 ;;
	add r6 = r4, r5 ;;
	mov r8 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
