// tbit-tnat.s — tbit and tnat with every type
//
// Covers I16 tbit (.z/.nz with normal, unc, and, or, or.andcm types) on bits 0, 31 and
// 63, and I17 tnat on a clean register.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x8000000080000001 ;;
	mov pr = r0, 0x1fe ;;
	mov pr.rot = 0 ;;
	tbit.z p1, p2 = r2, 0 ;;
	tbit.nz p3, p4 = r2, 63 ;;
	tbit.z.unc p5, p6 = r2, 1 ;;
	cmp.eq p7, p8 = r0, r0 ;;
	tbit.nz.and p7, p8 = r2, 31 ;;
	cmp.eq p9, p10 = r0, r0 ;;
	tbit.z.and p9, p10 = r2, 31 ;;
	tbit.z.or p11, p12 = r2, 30 ;;
	tbit.nz.or.andcm p13, p14 = r2, 63 ;;
	tnat.z p15, p16 = r2 ;;
	tnat.nz.or p17, p18 = r2 ;;
	cmp.eq p19, p20 = r0, r0 ;;
	tnat.z.and p19, p20 = r2 ;;
	mov r8 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
