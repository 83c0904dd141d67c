// sys-vm-vhpt-miss.s — the short-format VHPT walker fails: VHPT Data, Data TLB and Page Not
// Present faults
//
// pta = 0x300000, 32 KiB, short format, walker on; rr2 (rid 0x302, 8 KiB) and rr4 (rid 0x504,
// 8 KiB) enable it (SDM Vol. 2 Part I 4.1.5, 4.1.8 Figure 4-16, 5.6; Vol. 2 ch. 8 the VHPT
// Translation, Data TLB and Page Not Present vectors):
// - region 2's VHPT page is not mapped at first: a load raises a VHPT Data fault (IVA+0):
//   cr.ifa = the address, cr.iha = thash(address), cr.itir = the VHPT address's region's rid
//   and ps; the handler maps the VHPT page with itc.d and the retried load walks and succeeds;
// - an entry with a reserved memory attribute (ma = 1) and one with reserved bit 1 set: Data
//   TLB faults (IVA+0x800, cr.iha = thash, ISR.r, then ISR.w for a store); the handler inserts
//   the page with itc.d;
// - an entry with p = 0: the walker inserts it and the reference raises a Data Page Not
//   Present fault (IVA+0x5000); the handler inserts a present entry over it;
// - region 4's VHPT page is mapped uncacheable: the walker aborts, a Data TLB fault.
// The handlers record what they saw (vm.inc RECORD), the program copies it after each fault.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir cr.iha -- Ski rewrites them on every lookup and walk while psr.ic is 1 (tlb.c dataLookup, instLookup); the handlers record them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_8K, 1
	RRVAL	RR4, 0x504, PS_8K, 1
	REGION2 = 2 << 61
	REGION4 = 4 << 61
	PTA = 0x300000 | (15 << 2) | 1
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

	ENTRY 0x5000				// Page Not Present: insert a present entry
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
	SET_RR	4, RR4
	movl r2 = PTA ;;
	mov cr.pta = r2 ;;
	srlz.d ;;
	movl r2 = 0x228010
	movl r3 = 0x1111222233334444 ;;
	st8 [r2] = r3
	// region 2's VHPT entries (physical 0x300000 + 8 x the page number), and region 4's
	movl r2 = 0x300040
	movl r3 = 0x228000 | PTE_RWX0 ;;
	st8 [r2] = r3, 8			// 0x10000: valid
	movl r3 = 0x228000 | PTE_RWX0 | (1 << 2) ;;
	st8 [r2] = r3, 8			// 0x12000: ma = 1, reserved
	movl r3 = 0x228000 | PTE_RWX0 & ~PTE_P ;;
	st8 [r2] = r3, 8			// 0x14000: not present
	movl r3 = 0x228000 | PTE_RWX0 | 2 ;;
	st8 [r2] = r3, 8			// 0x16000: reserved bit 1
	IDENTITY_MAPS
	ITR	d, 2, REGION4 + 0x300000, PS_64K, 0, 0x300000 | PTE_RWX0 | PTE_MA_UC
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION2 + 0x10010 ;;
	ld8 r46 = [r2]				// VHPT Data fault, then the walk succeeds
	mov r47 = r39
	mov r48 = r40
	mov r49 = r41
	mov r50 = r42
	mov r51 = r43
	mov r52 = r45
	thash r53 = r2 ;;
	movl r2 = REGION2 + 0x12010 ;;
	ld8 r54 = [r2]				// Data TLB fault (reserved ma)
	mov r55 = r39
	mov r56 = r40
	mov r57 = r41
	mov r58 = r42
	mov r59 = r45 ;;
	movl r2 = REGION2 + 0x14010 ;;
	nop.m 0
	ld8 r60 = [r2]				// Page Not Present, slot 1
	nop.i 0 ;;
	mov r61 = r39
	mov r62 = r40
	mov r63 = r41
	mov r64 = r42
	mov r65 = r45 ;;
	movl r2 = REGION2 + 0x16010
	movl r3 = 0x77 ;;
	st8 [r2] = r3				// Data TLB fault (reserved bit), a write
	mov r66 = r39
	mov r67 = r40
	mov r68 = r41
	mov r69 = r42
	mov r70 = r45 ;;
	ld8 r71 = [r2]
	movl r2 = REGION4 + 0x2010 ;;
	ld8 r72 = [r2]				// the VHPT page is uncacheable: Data TLB fault
	mov r73 = r39
	mov r74 = r40
	mov r75 = r41
	mov r76 = r42
	mov r77 = r45
	mov r78 = r38 ;;
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start
