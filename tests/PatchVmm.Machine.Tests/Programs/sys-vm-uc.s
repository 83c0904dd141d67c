// sys-vm-uc.s — uncacheable memory: Unsupported Data Reference faults of semaphores, and
// advanced loads that get no ALAT entry
//
// SDM Vol. 2 Part I 4.4 (memory attributes, Table 4-10; 4.4.5 semaphores need a cacheable
// page — WB — but fetchadd may use an uncacheable-exported one, UCE), 4.4.6 / Vol. 1 4.4.5.3
// (an advanced load from an uncacheable page allocates no ALAT entry), Vol. 2 ch. 8 the
// Unsupported Data Reference vector (IVA+0x5b00, ISR.r and ISR.w); physical addresses with
// bit 63 set are uncacheable (4.4.3):
// - translated: cmpxchg, xchg and fetchadd on a UC page, cmpxchg on a WC and on a UCE page
//   fault; fetchadd on the UCE page and the semaphores on a WB page do not;
// - physical: cmpxchg at an address with bit 63 set faults;
// - ld8.a from a UC page and from a bit-63 physical address: chk.a.clr takes its recovery
//   branch, ld8.c.nc reloads; ld8.sa from the UC page gives NaT.
// Ski runs without an ALAT (Programs/README.md), so only references whose checks fail on
// every valid ALAT are compared: those to uncacheable memory.
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
	REGION2 = 2 << 61
	.text
	.align 32768
ivt:
	ENTRY 0x5b00
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
	movl r2 = 0x228010
	movl r3 = 0x1000 ;;
	st8 [r2] = r3
	mov r39 = 0
	COLLECT
	// physical: bit 63 makes the reference uncacheable
	movl r2 = (1 << 63) | 0x228010
	mov ar.ccv = r0 ;;
	cmpxchg8.acq r46 = [r2], r0, ar.ccv ;;	// Unsupported Data Reference
	mov r47 = r39
	mov r48 = r42
	mov r49 = 0
	ld8.a r50 = [r2] ;;
	chk.a.clr r50, .Lrecover1
.Lback1:
	rsm psr.ic ;;
	srlz.d ;;
	IDENTITY_MAPS
	ITR	d, 2, REGION2 + 0x2000, PS_8K, 0, 0x228000 | PTE_RWX0 | PTE_MA_UC
	ITR	d, 3, REGION2 + 0x4000, PS_8K, 0, 0x228000 | PTE_RWX0 | PTE_MA_WC
	ITR	d, 4, REGION2 + 0x6000, PS_8K, 0, 0x228000 | PTE_RWX0 | PTE_MA_UCE
	ITR	d, 5, REGION2 + 0x8000, PS_8K, 0, 0x228000 | PTE_RWX0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION2 + 0x2010		// UC
	movl r3 = REGION2 + 0x4010		// WC
	movl r4 = REGION2 + 0x6010		// UCE
	movl r5 = REGION2 + 0x8010 ;;		// WB
	cmpxchg8.acq r51 = [r2], r0, ar.ccv ;;
	mov r52 = r39
	xchg8 r53 = [r2], r0 ;;
	mov r54 = r39
	fetchadd8.acq r55 = [r2], 1 ;;
	mov r56 = r39
	mov r57 = r42
	cmpxchg4.acq r58 = [r3], r0, ar.ccv ;;
	mov r59 = r39
	cmpxchg8.acq r60 = [r4], r0, ar.ccv ;;
	mov r61 = r39
	fetchadd8.acq r62 = [r4], 1 ;;		// UCE admits fetchadd
	mov r63 = r39
	fetchadd8.rel r64 = [r5], 8 ;;		// WB
	xchg8 r65 = [r5], r64 ;;
	mov r66 = r39
	ld8 r67 = [r5]
	// advanced loads from the UC page
	mov r68 = 0
	ld8.a r69 = [r2] ;;
	chk.a.clr r69, .Lrecover2
.Lback2:
	ld8.a r70 = [r2]
	movl r6 = 0x777 ;;
	st8 [r5] = r6 ;;			// the same physical doubleword
	ld8.c.nc r70 = [r2] ;;			// no entry: reloads
	ld8.sa r71 = [r2] ;;			// uncacheable: NaT
	tnat.nz p6, p7 = r71 ;;
(p6)	mov r72 = 1
(p7)	mov r72 = 2
	RFI_SYNC PSR_VIRT
	EXIT
.Lrecover1:
	mov r49 = 1
	br.sptk.many .Lback1 ;;
.Lrecover2:
	mov r68 = 1
	br.sptk.many .Lback2 ;;
	.endp _start
