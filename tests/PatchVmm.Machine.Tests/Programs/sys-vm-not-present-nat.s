// sys-vm-not-present-nat.s — Page Not Present faults and NaT pages (ma = 7)
//
// Translation cache entries with p = 0 and with the NaTPage memory attribute (SDM Vol. 2
// Part I 4.1.1.4, 4.4.1 Table 4-10; Vol. 2 ch. 8 the Page Not Present and NaT Consumption
// vectors; Vol. 3 tpa, tak, probe, ld.s):
// - a load from a p = 0 page: Data Page Not Present (IVA+0x5000, ISR.r), the handler inserts
//   the page present; tpa of a p = 0 page: Data Page Not Present with ISR.na (code 0); tak of
//   it answers 1; a branch into a p = 0 code page: Instruction Page Not Present (ISR.x), the
//   handler inserts it;
// - a load and a store to a NaT page: Data NaT Page Consumption (IVA+0x5600, ISR.code 0x20,
//   ISR.r / ISR.w); probe.r of it: the same fault with ISR.na and code 2 (0x22); tpa of it:
//   the fault with code 0x20; tak of it returns its key; ld8.s from it defers (NaT, no fault);
//   a branch into a NaT code page: Instruction NaT Page Consumption (ISR.x, code 0x20).
// Handler modes in r33: 0 skip the instruction, 1 insert the data page present, 2 insert the
// code page present, 3 return to b7.
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

// The handlers' common part, after RECORD: what r33 asks for.
	.macro	HANDLE
	cmp.eq p6, p0 = 1, r33
	cmp.eq p7, p0 = 2, r33
	cmp.eq p8, p0 = 3, r33
	movl r18 = 0x228000 | PTE_RWX0 ;;
(p6)	itc.d r18
	movl r18 = far
	movl r19 = PTE_RWX0 ;;
	or r18 = r18, r19
	mov r17 = b7 ;;
(p7)	itc.i r18
(p8)	mov cr.iip = r17
	mov r16 = cr.ipsr ;;
(p8)	dep r16 = 0, r16, 41, 2 ;;
(p8)	mov cr.ipsr = r16
	cmp.eq p9, p0 = 0, r33 ;;
(p9)	br.cond.sptk.many skip ;;
	rfi ;;
	.endm

	.text
	.align 32768
ivt:
	ENTRY 0x5000
	RECORD
	HANDLE

	ENTRY 0x5600
	RECORD
	HANDLE

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
	movl r2 = 0x228010
	movl r3 = 0xabcdef ;;
	st8 [r2] = r3
	IDENTITY_MAPS
	ITC	d, REGION2 + 0x2000, PS_8K, 0x21, 0x228000 | PTE_RWX0 & ~PTE_P
	ITC	d, REGION2 + 0x4000, PS_8K, 0x22, 0x228000 | PTE_RWX0 & ~PTE_P
	ITC	d, REGION2 + 0x6000, PS_8K, 0x23, 0x228000 | PTE_RWX0 | PTE_MA_NAT
	movl r16 = REGION3 + 0x10000 ;;
	mov cr.ifa = r16
	movl r17 = PS_16K << 2
	movl r18 = far
	movl r19 = PTE_RWX0 & ~PTE_P ;;
	mov cr.itir = r17
	or r18 = r18, r19 ;;
	itc.i r18 ;;
	movl r16 = REGION3 + 0x20000 ;;
	mov cr.ifa = r16
	movl r19 = PTE_RWX0 | PTE_MA_NAT ;;
	or r18 = r18, r19 ;;
	itc.i r18 ;;
	srlz.i ;;
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION2 + 0x2010
	movl r4 = REGION2 + 0x4010 ;;
	mov r33 = 0 ;;
	tak r46 = r4				// not present: 1
	tpa r47 = r4				// Data Page Not Present (na, tpa)
	mov r48 = r39
	mov r49 = r42
	mov r33 = 1 ;;
	ld8 r50 = [r2]				// Data Page Not Present, inserted
	mov r51 = r39
	mov r52 = r42
	mov r53 = r40
	// the NaT page
	mov r33 = 0
	movl r2 = REGION2 + 0x6010 ;;
	ld8 r54 = [r2]				// Data NaT Page Consumption
	mov r55 = r39
	mov r56 = r42 ;;
	nop.m 0
	st8 [r2] = r0				// the same, a write, slot 1
	nop.i 0 ;;
	mov r57 = r39
	mov r58 = r42 ;;
	probe.r r59 = r2, 0			// the same, na (probe)
	mov r60 = r39
	mov r61 = r42 ;;
	tpa r62 = r2				// the same, na (tpa)
	mov r63 = r39
	mov r64 = r42 ;;
	tak r65 = r2				// its key
	ld8.s r66 = [r2] ;;			// deferred
	tnat.nz p6, p7 = r66 ;;
(p6)	mov r67 = 1
(p7)	mov r67 = 2
	mov r68 = r39
	// the instruction side
	mov r33 = 2
	movl r5 = REGION3 + 0x10000
	movl r6 = .Lback1 ;;
	mov b6 = r5
	mov b7 = r6
	br.sptk.many b6 ;;			// Instruction Page Not Present, inserted
.Lback1:
	mov r69 = r39
	mov r70 = r42
	mov r71 = r40
	mov r33 = 3
	movl r5 = REGION3 + 0x20000
	movl r6 = .Lback2 ;;
	mov b6 = r5
	mov b7 = r6
	br.sptk.many b6 ;;			// Instruction NaT Page Consumption
.Lback2:
	mov r72 = r39
	mov r73 = r42
	mov r74 = r40
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start

	.org ivt + 0x9000
	.proc skip
skip:
	SKIP_RFI
	.endp skip

	.org ivt + 0x10000
	.proc far
far:
	br.sptk.many b7 ;;
	.endp far
