// sys-vm-page-sizes.s — translations of every page size the programs use: 4K, 8K, 16K, 64K,
// 1M, 16M, 256M
//
// Data translation registers map pages of each size in region 2 (rid 0x302), each onto a
// physical page of its size (SDM Vol. 2 Part I 4.1.1.7 page sizes, 4.1.1.4 the insertion
// format: ppn is taken above the page size); tpa of the first and last doubleword of each
// page shows its extent, loads read through them, and tpa just past the 4K, 16K and 64K pages
// raises Alternate Data TLB faults (IVA+0x1000: ISR.na with code 0 = tpa; the handler records
// and skips). A 256 MiB instruction translation register in region 3 runs code there.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); the handler records them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_4K, 0
	RRVAL	RR3, 0x403, PS_4K, 0
	REGION2 = 2 << 61
	REGION3 = 3 << 61
	.text
	.align 32768
ivt:
	ENTRY 0x1000
	RECORD
	SKIP_RFI

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
	// a distinct doubleword in each page's physical range
	movl r2 = 0x201ff8
	movl r3 = 0x4444 ;;
	st8 [r2] = r3
	movl r2 = 0x205ff8
	movl r3 = 0x8888 ;;
	st8 [r2] = r3
	movl r2 = 0x20bff8
	movl r3 = 0x1616 ;;
	st8 [r2] = r3
	movl r2 = 0x21fff8
	movl r3 = 0x6464 ;;
	st8 [r2] = r3
	movl r2 = 0x2ffff8
	movl r3 = 0x0101 ;;
	st8 [r2] = r3
	IDENTITY_MAPS
	ITR	d, 2, REGION2 + 0x1000, PS_4K, 0, 0x201000 | PTE_RWX0
	ITR	d, 3, REGION2 + 0x4000, PS_8K, 0, 0x204000 | PTE_RWX0
	ITR	d, 4, REGION2 + 0x8000, PS_16K, 0, 0x208000 | PTE_RWX0
	ITR	d, 5, REGION2 + 0x10000, PS_64K, 0, 0x210000 | PTE_RWX0
	ITR	d, 6, REGION2 + 0x100000, PS_1M, 0, 0x200000 | PTE_RWX0
	ITR	d, 7, REGION2 + 0x1000000, PS_16M, 0, 0x0 | PTE_RWX0
	ITR	d, 8, REGION2 + 0x10000000, PS_256M, 0, 0x0 | PTE_RWX0
	// ppn bits below the page size are ignored
	ITR	i, 1, REGION3, PS_256M, 0, 0x0fff000 | PTE_RWX0
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION2 + 0x1000 ;;
	tpa r46 = r2
	adds r3 = 0xff8, r2 ;;
	tpa r47 = r3
	ld8 r48 = [r3]
	movl r2 = REGION2 + 0x4000 ;;
	tpa r49 = r2
	movl r3 = REGION2 + 0x5ff8 ;;
	tpa r50 = r3
	ld8 r51 = [r3]
	movl r2 = REGION2 + 0x8000 ;;
	tpa r52 = r2
	movl r3 = REGION2 + 0xbff8 ;;
	tpa r53 = r3
	ld8 r54 = [r3]
	movl r2 = REGION2 + 0x10000 ;;
	tpa r55 = r2
	movl r3 = REGION2 + 0x1fff8 ;;
	tpa r56 = r3
	ld8 r57 = [r3]
	movl r2 = REGION2 + 0x100000 ;;
	tpa r58 = r2
	movl r3 = REGION2 + 0x1ffff8 ;;
	tpa r59 = r3
	ld8 r60 = [r3]
	movl r2 = REGION2 + 0x1000000 ;;
	tpa r61 = r2
	movl r3 = REGION2 + 0x1fffff8 ;;
	tpa r62 = r3
	movl r3 = REGION2 + 0x12ffff8 ;;
	ld8 r63 = [r3]
	movl r2 = REGION2 + 0x10000000 ;;
	tpa r64 = r2
	movl r3 = REGION2 + 0x1ffffff8 ;;
	tpa r65 = r3
	movl r3 = REGION2 + 0x1021fff8 ;;
	ld8 r66 = [r3]
	// just past the 4K, 16K and 64K pages: misses
	movl r2 = REGION2 + 0x2000 ;;
	tpa r67 = r2
	mov r68 = r39
	mov r69 = r40
	mov r70 = r42 ;;
	movl r2 = REGION2 + 0xc000 ;;
	tpa r71 = r2
	mov r72 = r39
	mov r73 = r40 ;;
	movl r2 = REGION2 + 0x20000 ;;
	tpa r74 = r2
	mov r75 = r39
	mov r76 = r40
	// code in the 256 MiB page
	movl r5 = REGION3 + far ;;
	mov b6 = r5 ;;
	br.sptk.many b6 ;;
.Lback:
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start

	.org ivt + 0x10000
	.proc far
far:
	mov r77 = ip
	movl r8 = .Lback ;;
	mov b6 = r8
	br.sptk.many b6 ;;
	.endp far
