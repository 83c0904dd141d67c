// sys-vm-purge.s — purges: ptc.l, ptc.g, ptc.ga and ptc.e on translation cache entries,
// ptr.d and ptr.i on translation registers, and itr over a cache entry
//
// The walker is off; the Alternate Data and Instruction TLB handlers count the misses (r39)
// and insert the page (8 KiB, region 2 data onto physical 0x228000, region 3 code onto the
// text). After each purge the program references the pages again and records the miss
// count: a purged page misses once more, an unpurged one does not (SDM Vol. 2 Part I
// 4.1.1.2 translation cache purges, 4.1.1.1 translation register purges, Table 4-1; Vol. 3
// ptc.l, ptc.g, ptc.ga, ptc.e, ptr):
// - ptc.l of one 8 KiB page drops it; ptc.l of a 64 KiB range drops the two pages inside it,
//   not the one outside; ptc.g and ptc.ga (one processor: local) drop theirs;
// - ptc.l drops instruction cache entries too (a branch into region 3 misses again);
// - ptc.e empties the translation cache (the translation registers stay);
// - itr.d over a page in the cache drops the cache entry; ptr.d drops the register (the
//   page misses); ptr.i drops an instruction translation register (the code misses).
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); the handlers record them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_8K, 0
	RRVAL	RR3, 0x403, PS_16K, 0
	RRVAL	RR4, 0x504, PS_8K, 0
	REGION2 = 2 << 61
	REGION3 = 3 << 61
	REGION4 = 4 << 61
	.text
	.align 32768
ivt:
	ENTRY 0x0c00				// Alternate Instruction TLB: the text
	RECORD
	mov r16 = cr.ifa ;;
	dep r17 = 0, r16, 61, 3 ;;
	dep r17 = 0, r17, 0, 14
	movl r18 = PTE_RWX0 ;;
	or r18 = r18, r17 ;;
	itc.i r18 ;;
	rfi ;;

	ENTRY 0x1000				// Alternate Data TLB: physical 0x228000
	RECORD
	movl r18 = 0x228000 | PTE_RWX0 ;;
	itc.d r18 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 88, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	SET_RR	0, RR0
	SET_RR	2, RR2
	SET_RR	3, RR3
	SET_RR	4, RR4
	IDENTITY_MAPS
	ITR	i, 1, REGION4 + 0x100000, PS_1M, 0, 0x100000 | PTE_RWX0
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION2 + 0x10000		// pages a, b in one 64 KiB range, c outside it
	movl r3 = REGION2 + 0x1e000
	movl r4 = REGION2 + 0x20000 ;;
	ld8 r8 = [r2] ;;
	ld8 r8 = [r3] ;;
	ld8 r8 = [r4] ;;
	ld8 r8 = [r2] ;;			// no miss
	mov r46 = r39				// 3
	movl r5 = PS_8K << 2 ;;
	ptc.l r2, r5 ;;
	srlz.d ;;
	ld8 r8 = [r2] ;;				// a misses
	ld8 r8 = [r3] ;;
	ld8 r8 = [r4] ;;
	mov r47 = r39				// 4
	movl r5 = PS_64K << 2 ;;
	ptc.l r3, r5 ;;
	srlz.d ;;
	ld8 r8 = [r4] ;;
	ld8 r8 = [r2] ;;				// a and b miss
	ld8 r8 = [r3] ;;
	mov r48 = r39				// 6
	movl r5 = PS_8K << 2 ;;
	ptc.g r4, r5 ;;
	srlz.d ;;
	ld8 r8 = [r4] ;;			// c misses
	mov r49 = r39				// 7
	ptc.ga r4, r5 ;;
	srlz.d ;;
	ld8 r8 = [r4] ;;			// c misses
	mov r50 = r39				// 8
	// the instruction side
	movl r6 = REGION3 + far ;;
	mov b6 = r6
	movl r7 = .Lback1 ;;
	mov b7 = r7
	br.sptk.many b6 ;;			// misses
.Lback1:
	movl r7 = .Lback2 ;;
	mov b7 = r7
	br.sptk.many b6 ;;			// no miss
.Lback2:
	mov r51 = r39				// 9
	movl r5 = PS_16K << 2 ;;
	ptc.l r6, r5 ;;
	srlz.i ;;
	movl r7 = .Lback3 ;;
	mov b7 = r7
	br.sptk.many b6 ;;			// misses
.Lback3:
	mov r52 = r39				// 10
	// ptc.e: everything in the cache goes
	ld8 r8 = [r2] ;;
	ld8 r8 = [r3] ;;
	mov r53 = r39				// 10
	mov r5 = 0 ;;
	ptc.e r5 ;;
	srlz.i ;;
	ld8 r8 = [r2] ;;
	ld8 r8 = [r3] ;;
	movl r7 = .Lback4 ;;
	mov b7 = r7
	br.sptk.many b6 ;;
.Lback4:
	mov r54 = r39				// 13
	// a translation register over a cache entry, then purged
	rsm psr.ic ;;
	srlz.d ;;
	ITR	d, 2, REGION2 + 0x20000, PS_8K, 0, 0x22a000 | PTE_RWX0
	ssm psr.ic ;;
	srlz.d ;;
	ld8 r8 = [r4] ;;			// the register: no miss
	mov r55 = r39				// 13
	movl r5 = PS_8K << 2 ;;
	ptr.d r4, r5 ;;
	srlz.d ;;
	ld8 r8 = [r4] ;;			// misses
	mov r56 = r39				// 14
	// an instruction translation register, purged
	movl r6 = REGION4 + far ;;
	mov b6 = r6
	movl r7 = .Lback5 ;;
	mov b7 = r7
	br.sptk.many b6 ;;			// no miss
.Lback5:
	mov r57 = r39				// 14
	movl r5 = PS_1M << 2 ;;
	ptr.i r6, r5 ;;
	srlz.i ;;
	movl r7 = .Lback6 ;;
	mov b7 = r7
	br.sptk.many b6 ;;			// misses
.Lback6:
	mov r58 = r39				// 15
	mov r59 = r40
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start

	.org ivt + 0x10000
	.proc far
far:
	mov r60 = ip
	br.sptk.many b7 ;;
	.endp far
