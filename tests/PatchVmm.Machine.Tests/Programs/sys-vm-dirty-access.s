// sys-vm-dirty-access.s — Dirty Bit, Data Access Bit and Instruction Access Bit faults, and
// psr.da / psr.ia for one instruction through rfi
//
// Translation cache entries with d = 0 or a = 0 (SDM Vol. 2 Part I 4.1.1.4 Table 4-3; Vol. 2
// ch. 8 the Dirty Bit, Data Access Bit and Instruction Access Bit vectors; 3.3.2 psr.da,
// psr.ia; 5.5.4 single-instruction fault suppression):
// - a store to a d = 0 page: Dirty Bit fault (IVA+0x2000, ISR.w); a load from an a = 0 page:
//   Data Access Bit fault (IVA+0x2800, ISR.r); a store to a page with a = d = 0: Dirty Bit
//   (it comes first); a cmpxchg to a d = 0 page: Dirty Bit with ISR.r and ISR.w;
// - a branch into an a = 0 code page: Instruction Access Bit fault (IVA+0x2400, ISR.x);
// - when r33 = 1 the handler returns with ipsr.da (ipsr.ia) set: the reference completes
//   without the check, and the next one to the page faults again (the bit lasts one
//   instruction); when r33 = 0 it inserts the page with a = d = 1 and the reference completes.
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
	REGION2 = 2 << 61
	REGION3 = 3 << 61
	PTE_NOAD = PTE_P | (3 << 9)

// A data handler: psr.da for the one reference (r33 = 1), or the page with a = d = 1.
	.macro	DATA_HANDLER
	RECORD
	cmp.eq p6, p7 = 1, r33
	mov r16 = cr.ipsr ;;
(p6)	dep r16 = -1, r16, 38, 1
	movl r18 = 0x228000 | PTE_RWX0 ;;
(p6)	mov cr.ipsr = r16
(p7)	itc.d r18 ;;
	rfi ;;
	.endm

	.text
	.align 32768
ivt:
	ENTRY 0x2000
	DATA_HANDLER

	ENTRY 0x2400				// Instruction Access Bit
	RECORD
	cmp.eq p6, p7 = 1, r33
	mov r16 = cr.ipsr
	movl r18 = far
	movl r17 = PTE_RWX0 ;;
(p6)	dep r16 = -1, r16, 45, 1
	or r18 = r18, r17 ;;
(p6)	mov cr.ipsr = r16
(p7)	itc.i r18 ;;
	rfi ;;

	ENTRY 0x2800
	DATA_HANDLER

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
	IDENTITY_MAPS
	ITC	d, REGION2 + 0x2000, PS_8K, 0, 0x228000 | PTE_NOAD | PTE_A	// d = 0
	ITC	d, REGION2 + 0x4000, PS_8K, 0, 0x228000 | PTE_NOAD | PTE_D	// a = 0
	ITC	d, REGION2 + 0x6000, PS_8K, 0, 0x228000 | PTE_NOAD		// a = d = 0
	ITC	d, REGION2 + 0x8000, PS_8K, 0, 0x228000 | PTE_NOAD | PTE_A	// d = 0
	movl r16 = REGION3 + 0x10000 ;;
	mov cr.ifa = r16
	movl r17 = PS_16K << 2
	movl r18 = far
	movl r19 = PTE_NOAD | PTE_D ;;		// a = 0
	mov cr.itir = r17
	or r18 = r18, r19 ;;
	itc.i r18 ;;
	srlz.i ;;
	mov r39 = 0
	mov r33 = 1
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION2 + 0x2010
	movl r3 = 0x1234 ;;
	st8 [r2] = r3				// Dirty Bit, then psr.da
	mov r46 = r39
	mov r47 = r42
	mov r48 = r44 ;;
	ld8 r49 = [r2] ;;			// a = 1: no fault
	adds r3 = 1, r3 ;;
	st8 [r2] = r3				// faults again
	mov r50 = r39 ;;
	movl r2 = REGION2 + 0x4010 ;;
	ld8 r51 = [r2]				// Data Access Bit, then psr.da
	mov r52 = r39
	mov r53 = r42 ;;
	ld8 r54 = [r2]				// faults again
	mov r55 = r39
	movl r2 = REGION2 + 0x6010 ;;
	st8 [r2] = r3				// Dirty Bit first
	mov r56 = r39
	mov r57 = r43
	mov r58 = r42
	// the instruction side: psr.ia for the branch in slot 0 of far
	movl r5 = REGION3 + 0x10000
	movl r6 = .Lback1 ;;
	mov b6 = r5
	mov b7 = r6
	br.sptk.many b6 ;;			// Instruction Access Bit
.Lback1:
	mov r59 = r39
	mov r60 = r42
	mov r61 = r43
	mov r62 = r44
	// r33 = 0: the handlers insert the pages with a = d = 1
	mov r33 = 0
	movl r2 = REGION2 + 0x8010
	movl r3 = 0x5678 ;;
	cmpxchg8.acq r63 = [r2], r3, ar.ccv	// Dirty Bit (a semaphore)
	mov r64 = r39
	mov r65 = r42 ;;
	ld8 r66 = [r2]
	movl r2 = REGION2 + 0x4010 ;;
	ld8 r67 = [r2]				// Data Access Bit, inserted
	mov r68 = r39 ;;
	ld8 r69 = [r2]				// no fault now
	mov r70 = r39
	movl r6 = .Lback2 ;;
	mov b7 = r6
	br.sptk.many b6 ;;			// Instruction Access Bit, inserted
.Lback2:
	movl r6 = .Lback3 ;;
	mov b7 = r6
	br.sptk.many b6 ;;			// no fault now
.Lback3:
	mov r71 = r39
	EXIT
	.endp _start

	.org ivt + 0x10000
	.proc far
far:
	{ .bbb
	br.sptk.many b7
	nop.b 0
	nop.b 0 ;;
	}
	.endp far
