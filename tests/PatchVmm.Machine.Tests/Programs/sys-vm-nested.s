// sys-vm-nested.s — data TLB misses while psr.ic = 0: the Data Nested TLB fault, and a
// non-TLB data fault taken with psr.ic = 0
//
// The TLB miss handlers run with psr.ic = 0 and read a linear "page table" at a virtual
// address (as Linux's do), which misses too (SDM Vol. 2 Part I 5.6, 8 "Data Nested TLB
// vector": a data TLB miss with psr.ic = 0 vectors to IVA+0x1400 and writes no interruption
// register — cr.ifa, cr.isr, cr.iip, cr.ipsr keep the first fault's values):
// - an Alternate Data TLB fault (region 2, walker off) whose handler's page-table load in
//   region 6 (walker off) misses: Alternate Data TLB with psr.ic = 0 -> Data Nested TLB;
// - a Data TLB fault (region 3: walker on, its VHPT entry reserved) whose handler's load in
//   region 7 (walker on, its VHPT page unmapped) raises a VHPT Data fault with psr.ic = 0 ->
//   Data Nested TLB.
// The nested handler maps the page-table page (address in r28) and branches back to the
// load (r29); the first handler inserts the PTE it read and returns with rfi.
// - A Page Not Present fault whose handler stores to a read-only page: the Data Access
//   Rights fault, taken with psr.ic = 0, goes to its own vector (IVA+0x5300) and writes only
//   cr.isr (ISR.ni = 1, ISR.w); its handler branches back (r29).
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir cr.iha -- Ski rewrites them on every lookup and walk while psr.ic is 1 (tlb.c dataLookup, instLookup); the handlers record them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_8K, 0
	RRVAL	RR3, 0x403, PS_8K, 1
	RRVAL	RR4, 0x504, PS_8K, 0
	RRVAL	RR6, 0x706, PS_8K, 0
	RRVAL	RR7, 0x807, PS_8K, 1
	REGION2 = 2 << 61
	REGION3 = 3 << 61
	REGION4 = 4 << 61
	REGION6 = 6 << 61
	REGION7 = 7 << 61
	PTA = 0x300000 | (15 << 2) | 1
	.text
	.align 32768
ivt:
	ENTRY 0x0800				// Data TLB: the page table is in region 7
	RECORD
	movl r27 = REGION7 + 0x2000
	br.sptk.many miss ;;

	ENTRY 0x1000				// Alternate Data TLB: the page table is in region 6
	RECORD
	movl r27 = REGION6 + 0x2000
	br.sptk.many miss ;;

	ENTRY 0x1400				// Data Nested TLB: map the page-table page, go back
	mov r23 = cr.isr
	mov r21 = cr.iip
	mov r22 = cr.ifa
	mov r20 = cr.ipsr ;;
	mov r46 = r23
	mov r47 = r21
	mov r48 = r22
	mov r49 = r20
	adds r37 = 1, r37
	mov cr.ifa = r28
	movl r23 = PS_8K << 2 ;;
	mov cr.itir = r23
	movl r23 = 0x240000 | PTE_RWX0 ;;
	itc.d r23 ;;
	mov b7 = r29 ;;
	br.sptk.many b7 ;;

	ENTRY 0x5000				// Page Not Present: a store to a read-only page first
	RECORD
	movl r28 = REGION4 + 0x10
	movl r29 = .Lstored ;;
	st8 [r28] = r0 ;;			// Data Access Rights with psr.ic = 0
.Lstored:
	movl r18 = 0x228000 | PTE_RWX0 ;;
	itc.d r18 ;;
	rfi ;;

	ENTRY 0x5300				// Data Access Rights: go back
	mov r23 = cr.isr
	mov r21 = cr.iip ;;
	mov r50 = r23
	mov r51 = r21
	adds r36 = 1, r36
	mov b7 = r29 ;;
	br.sptk.many b7 ;;

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
	SET_RR	6, RR6
	SET_RR	7, RR7
	movl r2 = PTA ;;
	mov cr.pta = r2 ;;
	srlz.d ;;
	movl r2 = 0x228010
	movl r3 = 0x1111222233334444 ;;
	st8 [r2] = r3
	// the page table (physical 0x240000, 8 bytes per 8 KiB page): pages 1 and 2 present,
	// page 3 not present
	movl r2 = 0x240008
	movl r3 = 0x228000 | PTE_RWX0 ;;
	st8 [r2] = r3, 8 ;;
	st8 [r2] = r3, 8
	movl r3 = 0x228000 | PTE_RWX0 & ~PTE_P ;;
	st8 [r2] = r3
	// region 3's VHPT entry for page 2: reserved memory attribute
	movl r2 = 0x300010
	movl r3 = 0x228000 | PTE_RWX0 | (2 << 2) ;;
	st8 [r2] = r3
	IDENTITY_MAPS
	ITR	d, 2, REGION3 + 0x300000, PS_64K, 0, 0x300000 | PTE_RWX0
	ITR	d, 3, REGION4, PS_8K, 0, 0x250000 | PTE_P | PTE_A | PTE_D
	mov r36 = 0
	mov r37 = 0
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION2 + 0x2010 ;;
	ld8 r52 = [r2]				// Alternate Data TLB, then Data Nested TLB
	mov r53 = r37
	mov r54 = r40
	mov r55 = r42
	mov r56 = r43
	mov r57 = r46
	mov r58 = r47
	mov r59 = r48
	mov r60 = r49 ;;
	movl r2 = REGION3 + 0x4010 ;;
	nop.m 0
	ld8 r61 = [r2]				// Data TLB, then VHPT Data -> Data Nested TLB
	nop.i 0 ;;
	mov r62 = r37
	mov r63 = r40
	mov r64 = r42
	mov r65 = r43
	mov r66 = r46
	mov r67 = r47
	mov r68 = r48
	mov r69 = r49 ;;
	movl r2 = REGION2 + 0x6010 ;;
	ld8 r70 = [r2]				// Alternate Data TLB, Page Not Present, Access Rights
	mov r71 = r39
	mov r72 = r36
	mov r73 = r42
	mov r74 = r43
	mov r75 = r50
	mov r76 = r51
	mov r77 = r37
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start

// The miss handlers' common part: read the PTE at r27 + 8 x (page number in the region) with
// psr.ic = 0 (r28, r29 tell the nested handler where and where to come back), insert it.
	.org ivt + 0x9000
	.proc miss
miss:
	mov r24 = cr.ifa
	mov r25 = cr.itir ;;
	extr.u r17 = r24, 13, 3 ;;
	shladd r28 = r17, 3, r27
	movl r29 = .Lload ;;
.Lload:
	ld8 r26 = [r28] ;;
	mov cr.ifa = r24
	mov cr.itir = r25 ;;
	itc.d r26 ;;
	rfi ;;
	.endp miss
