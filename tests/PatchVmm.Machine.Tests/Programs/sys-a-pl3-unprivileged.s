// sys-a-pl3-unprivileged.s — sensitive but unprivileged instructions at PL 3 do not fault
//
// IA-64 is not classically virtualizable (DESIGN.md §1): sum, rum, mov psr.um=, mov =psr.um,
// thash, ttag, probe (register, immediate and fault forms), mov =cpuid, fc, mov =ar.k0
// (the kernel registers are readable at every level, SDM Vol. 2 3.1.8.1), mov =ar.itc (psr.si
// = 0) and mov =pmd (pmc.pm = 0) execute at psr.cpl = 3 without an interruption and give
// their results (SDM Vol. 3 each page; Vol. 2 7.2.1). The General Exception handler would
// count in r35 and keep cr.isr in r33: both must stay as they were. (probe translates even
// with psr.dt = 0: a data translation register maps the page it probes.) The program returns to PL
// 0 through a Break whose handler clears cr.ipsr.cpl and resumes at r36.
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
	// A data translation register for the probes: 0x200000 -> 0x200000, 4 KiB, pl 3, rw.
	movl r3 = 0x200000
	mov r4 = 12 << 2 ;;
	mov cr.ifa = r3
	mov cr.itir = r4
	movl r6 = 0x200000 | (2 << 9) | (3 << 7) | (1 << 6) | (1 << 5) | 1 ;;
	itr.d dtr[r0] = r6 ;;
	srlz.d
	movl r3 = pl3 ;;
	movl r5 = (3 << 32) | (1 << 44) | (1 << 13) ;;	// cpl 3, bank 1, ic
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
pl3:
	sum 0x14 ;;			// up, mfl
	mov r40 = psr.um
	rum 0x4 ;;			// up
	mov r41 = psr.um
	mov r3 = 0x2a ;;		// mfh, ac, be
	mov psr.um = r3 ;;
	mov r42 = psr.um
	mov psr.um = r0 ;;
	movl r3 = 0x2000000000004000 ;;
	thash r43 = r3
	ttag r44 = r3 ;;
	movl r3 = 0x200000 ;;
	probe.r r45 = r3, r0
	probe.w r46 = r3, 3 ;;
	probe.rw.fault r3, 3 ;;
	probe.r.fault r3, 0 ;;
	mov r2 = 4 ;;
	mov r47 = cpuid[r2]
	mov r48 = ar.k0
	fc r3
	mov r3 = ar.itc ;;
	cmp.ne p8, p0 = 0, r3		// the counter moves (its value is wall-clock time in Ski)
	mov r3 = 0 ;;
	mov r2 = 0 ;;
	mov r49 = pmd[r2]
	mov r53 = pr
	movl r36 = done ;;
	break.m 1 ;;			// back to PL 0
done:
	mov r54 = r33
	mov r55 = r34
	mov r56 = r35
	EXIT
	.endp _start
