// sys-vm-vhpt-long.s — the long-format VHPT (pta.vf = 1): hits with the entry's page size and
// key, and failed searches
//
// pta = region 5 + 0x300000, 32 KiB, long format, walker on (SDM Vol. 2 Part I 4.1.5.4,
// 4.1.5.5: 32-byte entries {PTE, ITIR, tag, ignored}, one table in pta's region, indexed by
// the implementation's hash of page number and rid — this machine's and Ski's: vpn XOR rid;
// the tag is ttag(va)). rr2 (rid 0x302, 8 KiB) and rr3 (rid 0x403, 16 KiB) enable the walker;
// region 5 (rid 0x605) holds the table, mapped by a data translation register. Translated,
// the program fills entries through thash/ttag:
// - a load from a page whose entry gives ps = 64 KiB and key 0x777 walks without a fault;
//   tak and tpa show the entry's key and page size;
// - a tag mismatch, a tag with ti (bit 63) set, and an ITIR with reserved bits: Data TLB faults
//   (IVA+0x800) with cr.iha = thash(va), the handler inserts the page;
// - a branch into region 3 walks the long-format table for the instruction fetch;
// - with the table's translation register purged, a load raises a VHPT Data fault (IVA+0):
//   cr.iha = thash(va), in region 5, and cr.itir = region 5's rid and ps (the VHPT address's
//   region, not the reference's); the handler maps the table with itc.d.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir cr.iha -- Ski rewrites them on every lookup and walk while psr.ic is 1 (tlb.c dataLookup, instLookup); the handler records them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_8K, 1
	RRVAL	RR3, 0x403, PS_16K, 1
	RRVAL	RR5, 0x605, PS_64K, 0
	REGION2 = 2 << 61
	REGION3 = 3 << 61
	REGION5 = 5 << 61
	PTA = REGION5 | 0x300000 | (1 << 8) | (15 << 2) | 1
	.text
	.align 32768
ivt:
	ENTRY 0x0000				// VHPT Translation: map the VHPT page
	RECORD
	mov r16 = cr.iha ;;
	mov cr.ifa = r16
	movl r17 = PS_64K << 2 ;;
	mov cr.itir = r17
	movl r18 = 0x300000 | PTE_RWX0 ;;
	itc.d r18 ;;
	rfi ;;

	ENTRY 0x0800				// Data TLB: insert the page
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
	SET_RR	5, RR5
	movl r2 = PTA ;;
	mov cr.pta = r2 ;;
	srlz.d ;;
	movl r2 = 0x238010
	movl r3 = 0x1111222233334444 ;;
	st8 [r2] = r3
	IDENTITY_MAPS
	ITR	d, 2, REGION5 + 0x300000, PS_64K, 0, 0x300000 | PTE_RWX0
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	// a: 64 KiB page at 0x30000 -> 0x230000, key 0x777
	movl r2 = REGION2 + 0x38010
	movl r3 = 0x230000 | PTE_RWX0
	movl r4 = (0x777 << 8) | (PS_64K << 2) ;;
	thash r46 = r2
	ttag r47 = r2 ;;
	mov r8 = r46 ;;
	st8 [r8] = r3, 8 ;;
	st8 [r8] = r4, 8 ;;
	st8 [r8] = r47, 8 ;;
	st8 [r8] = r0 ;;
	ld8 r48 = [r2]				// walks: no fault
	tak r49 = r2
	movl r5 = REGION2 + 0x3fff8 ;;
	tpa r50 = r5
	mov r51 = r39
	// b: a tag mismatch
	movl r2 = REGION2 + 0x42010
	movl r4 = PS_8K << 2 ;;
	thash r8 = r2
	ttag r9 = r2 ;;
	adds r9 = 1, r9
	st8 [r8] = r3, 8 ;;
	st8 [r8] = r4, 8 ;;
	st8 [r8] = r9, 8 ;;
	ld8 r52 = [r2]				// Data TLB fault
	mov r53 = r39
	mov r54 = r40
	mov r55 = r41
	mov r56 = r42
	mov r57 = r45
	thash r58 = r2
	// c: ti set
	movl r2 = REGION2 + 0x44010 ;;
	thash r8 = r2
	ttag r9 = r2 ;;
	dep r9 = -1, r9, 63, 1
	st8 [r8] = r3, 8 ;;
	st8 [r8] = r4, 8 ;;
	st8 [r8] = r9, 8 ;;
	st8 [r2] = r0				// Data TLB fault
	mov r59 = r39
	mov r60 = r40
	mov r61 = r42
	mov r62 = r45
	// d: reserved bits in the ITIR
	movl r2 = REGION2 + 0x46010
	movl r4 = (PS_8K << 2) | 1 ;;
	thash r8 = r2
	ttag r9 = r2 ;;
	st8 [r8] = r3, 8 ;;
	st8 [r8] = r4, 8 ;;
	st8 [r8] = r9, 8 ;;
	ld8 r63 = [r2]				// Data TLB fault
	mov r64 = r39
	mov r65 = r40
	mov r66 = r45
	// the instruction side
	movl r5 = REGION3 + far ;;
	thash r8 = r5
	ttag r9 = r5
	movl r6 = far
	movl r7 = PTE_RWX0
	movl r4 = PS_16K << 2 ;;
	dep r6 = 0, r6, 0, 14 ;;
	or r6 = r6, r7 ;;
	st8 [r8] = r6, 8 ;;
	st8 [r8] = r4, 8 ;;
	st8 [r8] = r9, 8 ;;
	mov b6 = r5 ;;
	br.sptk.many b6 ;;
.Lback:
	mov r68 = r39
	// the table's translation register purged: a VHPT Data fault, cr.itir from region 5
	movl r2 = REGION2 + 0x48010
	movl r3 = 0x230000 | PTE_RWX0
	movl r4 = PS_64K << 2 ;;
	thash r8 = r2
	ttag r9 = r2 ;;
	st8 [r8] = r3, 8 ;;
	st8 [r8] = r4, 8 ;;
	st8 [r8] = r9 ;;
	movl r5 = REGION5 + 0x300000
	movl r6 = PS_64K << 2 ;;
	ptr.d r5, r6 ;;
	srlz.d ;;
	ld8 r69 = [r2]				// VHPT Data fault, then the walk succeeds
	mov r70 = r39
	mov r71 = r40
	mov r72 = r41
	mov r73 = r42
	mov r74 = r45
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start

	.org ivt + 0x10000
	.proc far
far:
	mov r67 = ip
	movl r8 = .Lback ;;
	mov b6 = r8
	br.sptk.many b6 ;;
	.endp far
