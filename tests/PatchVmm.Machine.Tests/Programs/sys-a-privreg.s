// sys-a-privreg.s — Privileged Register faults at PL 3
//
// Some registers are privileged while the instruction that names them is not: at psr.cpl > 0,
// a write of a kernel register ar.k0–k7, a write of ar.itc and a read of ar.itc while psr.si
// is 1 raise a Privileged Register fault: General Exception vector, ISR.code = 0x20 (SDM
// Vol. 3 mov ar; Vol. 2 3.3.2 psr.si). (A read of a PMD whose PMC has pm = 1 reads 0 above
// PL 0, SDM Vol. 2 7.2.1, where Ski raises a Privileged Register fault: it is checked by
// System/PerformanceMonitorTests.cs, not here.)
// The NaT check of the source comes first (SDM mov ar: NaT, reserved field, then the
// privilege): a NaT r2 gives a Register NaT Consumption fault (IVA+0x5600, ISR.code 0x10).
// Reading ar.k0 and a PMD whose pm is 0, and writing ar.rsc (whose pl becomes max(pl, cpl),
// SDM Vol. 2 6.2), do not fault. The handler keeps the last cr.isr in r33, counts in r35 and
// folds every cr.iip into r34 (xor); the program returns to PL 0 through a Break whose
// handler clears cr.ipsr.cpl and resumes at r36.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); no fault here defines them

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x2c00			// Break Instruction
	PL0_AT_R36

	ENTRY 0x5400
	COUNT_SKIP

	ENTRY 0x5600
	COUNT_SKIP

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 64, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	mov r33 = -1
	mov r34 = 0
	mov r35 = 0
	mov r3 = 0x40 ;;
	mov r2 = 4 ;;
	mov pmc[r2] = r3 ;;		// pmc4.pm = 1
	mov r2 = 5
	mov r3 = 0x55 ;;
	mov pmd[r2] = r3
	mov ar.k2 = r3
	mov r2 = 4 ;;
	mov pmd[r2] = r3
	movl r3 = 0x200000
	mov ar.unat = 1 ;;
	ld8.fill r4 = [r3] ;;		// a NaT
	movl r3 = pl3 ;;
	movl r5 = (3 << 32) | (1 << 44) | (1 << 13) | (1 << 23) ;;	// cpl 3, bank 1, ic, si
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
pl3:
	mov ar.k0 = r0 ;;
	mov r40 = r33
	mov r3 = 0x77 ;;
	mov ar.k7 = r3 ;;
	mov r41 = r33
	mov ar.k1 = r4 ;;		// r4 is a NaT: NaT Consumption, not the privilege fault
	mov r42 = r33
	mov ar.itc = r0 ;;
	mov r43 = r33
	mov r2 = ar.itc ;;		// psr.si = 1
	mov r44 = r33
	mov r2 = 5 ;;
	mov r47 = pmd[r2]		// pmc5.pm = 0: pmd5
	mov r48 = ar.k2
	mov ar.rsc = r0 ;;		// pl 0 -> 3
	mov r49 = ar.rsc
	mov r50 = r35
	movl r36 = done ;;
	break.m 1 ;;			// back to PL 0
done:
	mov r54 = r33
	mov r55 = r34
	mov r56 = r35
	EXIT
	.endp _start
