// sys-a-pmc-cpuid.s — performance-monitor register moves and the CPUID registers
//
// PMC and PMD are written at PL 0 and read back (SDM Vol. 3 mov indirect; Vol. 2 7.2): the
// registers keep what is written (this machine counts no events). PMD reads are not
// privileged: at PL 3 a PMD of a user monitor (pm = 0) reads its value, and reads 0 while
// psr.sp is 1 (SDM Vol. 2 7.2). mov =cpuid reads CPUID[0..4] at any level, the index being
// bits 7:0 of r3 (SDM Vol. 1 3.1.11, Vol. 3 mov indirect): CPUID[4] (features) must be Ski's,
// 5 (lb, ao); CPUID[0..1] (vendor) and CPUID[3] (version) are PatchVmm's own by design. An
// index past CPUID[3].number is covered by sys-a-reserved-field; the PMD and PMC cases where
// Ski departs from the SDM by System/PerformanceMonitorTests.cs.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: gr.r50 gr.r51 gr.r53 gr.r56 gr.r57 gr.r59 -- CPUID[0], CPUID[1] (vendor: PatchVmm reports "PatchVmm", Ski "HP Ski Simulator") and CPUID[3] (version: PatchVmm 0x1f000004, Ski 0x1f030004) differ by design
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); no fault here defines them

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x2c00
	// Break 1: psr.sp on; break 2: back to PL 0 at r36 (slot 0).
	mov r16 = cr.ipsr
	mov r17 = cr.iim ;;
	cmp.eq p6, p7 = 1, r17 ;;
(p6)	dep r16 = -1, r16, 20, 1
(p7)	dep r16 = 0, r16, 32, 2 ;;
(p7)	dep r16 = 0, r16, 41, 2 ;;
	mov cr.ipsr = r16 ;;
(p7)	mov cr.iip = r36
(p7)	br.cond.sptk.few 1f ;;
	srlz.d ;;
	SKIP_RFI
1:	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 64, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	mov r2 = 4
	movl r3 = 0x1111 ;;
	mov pmc[r2] = r3
	movl r4 = 0x4444444444444444 ;;
	mov pmd[r2] = r4
	mov r2 = 7
	movl r3 = 0x7707 ;;		// pm (bit 6) = 0
	mov pmc[r2] = r3
	movl r4 = 0x7070707070707070 ;;
	mov pmd[r2] = r4
	mov r2 = 63
	movl r3 = 0x6363636363636363 ;;
	mov pmc[r2] = r3
	mov pmd[r2] = r3
	mov r2 = 0
	mov r3 = 0xf0 ;;
	mov pmc[r2] = r3 ;;
	srlz.d
	mov r2 = 4 ;;
	mov r40 = pmc[r2]
	mov r41 = pmd[r2]
	mov r2 = 7 ;;
	mov r42 = pmc[r2]
	mov r43 = pmd[r2]
	mov r2 = 63 ;;
	mov r44 = pmc[r2]
	mov r45 = pmd[r2]
	mov r2 = 0 ;;
	mov r46 = pmc[r2]
	movl r2 = 0x104 ;;		// index bits 7:0: 4
	mov r47 = cpuid[r2]
	// To PL 3.
	movl r3 = pl3
	movl r5 = (3 << 32) | (1 << 44) | (1 << 13) ;;	// cpl 3, bank 1, ic
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
pl3:
	mov r2 = 4 ;;
	mov r48 = pmd[r2]		// a user monitor: its value
	mov r2 = 7 ;;
	mov r49 = pmd[r2]
	mov r2 = 0 ;;
	mov r50 = cpuid[r2]
	mov r2 = 1 ;;
	mov r51 = cpuid[r2]
	mov r2 = 2 ;;
	mov r52 = cpuid[r2]
	mov r2 = 3 ;;
	mov r53 = cpuid[r2]
	mov r2 = 4 ;;
	mov r54 = cpuid[r2]
	break.m 1 ;;			// psr.sp = 1
	mov r2 = 4 ;;
	mov r55 = pmd[r2]		// 0 above PL 0 while psr.sp is 1
	mov r2 = 0 ;;
	mov r56 = cpuid[r2]
	mov r2 = 3 ;;
	mov r57 = cpuid[r2]
	movl r36 = done ;;
	break.m 2 ;;			// back to PL 0
done:
	mov r2 = 4 ;;
	mov r58 = cpuid[r2]
	mov r2 = 1 ;;
	mov r59 = cpuid[r2]
	EXIT
	.endp _start
