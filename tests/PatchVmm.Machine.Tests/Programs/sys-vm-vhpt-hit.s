// sys-vm-vhpt-hit.s — the short-format VHPT walker finds translations, data and instruction
//
// pta = 0x300000, 32 KiB, short format, walker on; rr2 (rid 0x302, 8 KiB pages) and rr3 (rid
// 0x403, 16 KiB) enable it. Each region's VHPT (region base + 0x300000) is mapped by a data
// translation register onto physical 0x300000. Translated, the program writes PTEs through
// thash(va) (SDM Vol. 2 Part I 4.1.5: the short format's entry is the PTE; page size and key
// come from the region register), then references the pages without a fault: a load walks
// the VHPT and the walker inserts a TC entry — tak (key = rid), tpa and probe see it; a branch
// into region 3 walks it for the instruction fetch. Changing the VHPT entry leaves the
// inserted entry in use until ptc.l purges it; the next reference walks again and finds the
// new PTE.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir cr.iha -- Ski rewrites them on every lookup and walk while psr.ic is 1 (tlb.c dataLookup, instLookup); no fault here defines them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_8K, 1
	RRVAL	RR3, 0x403, PS_16K, 1
	REGION2 = 2 << 61
	REGION3 = 3 << 61
	PTA = 0x300000 | (15 << 2) | 1
	.text
	.align 32768
ivt:
	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 64, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	SET_RR	0, RR0
	SET_RR	2, RR2
	SET_RR	3, RR3
	movl r2 = PTA ;;
	mov cr.pta = r2 ;;
	srlz.d ;;
	// the data pages' contents, physical
	movl r2 = 0x228010
	movl r3 = 0x1111222233334444 ;;
	st8 [r2] = r3
	movl r2 = 0x22a010
	movl r3 = 0x5555666677778888 ;;
	st8 [r2] = r3
	IDENTITY_MAPS
	ITR	d, 2, REGION2 + 0x300000, PS_64K, 0, 0x300000 | PTE_RWX0
	ITR	d, 3, REGION3 + 0x300000, PS_64K, 0, 0x300000 | PTE_RWX0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION2 + 0x4010
	movl r3 = 0x228000 | PTE_RWX0 ;;
	thash r46 = r2
	ttag r47 = r2 ;;
	st8 [r46] = r3 ;;
	ld8 r48 = [r2]				// walks the VHPT: no fault
	tak r49 = r2
	adds r4 = 0x123, r2 ;;
	tpa r50 = r4
	probe.r r51 = r2, 0
	probe.w r52 = r2, 3
	// the instruction side: region 3 code through the VHPT
	movl r5 = REGION3 + far ;;
	thash r53 = r5
	movl r6 = far
	movl r7 = PTE_RWX0 ;;
	dep r6 = 0, r6, 0, 14 ;;
	or r6 = r6, r7 ;;
	st8 [r53] = r6
	mov b6 = r5 ;;
	br.sptk.many b6 ;;
.Lback:
	// a new PTE in the VHPT: the inserted entry stays in use until it is purged
	movl r3 = 0x22a000 | PTE_RWX0 ;;
	st8 [r46] = r3 ;;
	ld8 r56 = [r2]
	movl r7 = PS_8K << 2 ;;
	ptc.l r2, r7 ;;
	srlz.d ;;
	ld8 r57 = [r2]
	tpa r58 = r4
	EXIT
	.endp _start

	.org ivt + 0x10000
	.proc far
far:
	mov r54 = ip
	movl r8 = .Lback ;;
	mov b6 = r8
	mov r55 = ip
	br.sptk.many b6 ;;
	.endp far
