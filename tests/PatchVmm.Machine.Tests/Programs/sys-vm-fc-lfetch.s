// sys-vm-fc-lfetch.s — fc and lfetch through translation
//
// SDM Vol. 3 fc ("at privilege 0 no access rights or protection key checks; at other
// levels access rights checks as if a 1-byte read, no key checks") and lfetch (the
// non-faulting form never faults; lfetch.fault faults as a load would, unless psr.ed), Vol. 2
// Part I 5.6 (ISR.na with code 1 fc, 4 lfetch):
// - fc and fc.i on a mapped page, on an ar 0 page, on a page with a = d = 0, and with psr.pk =
//   1 on a page whose key no PKR holds: no fault; on a missing page: Alternate Data TLB
//   (ISR.na, code 1, ISR.r); on a p = 0 page: Page Not Present; on a NaT page: NaT Page
//   Consumption (code 0x21);
// - at privilege 3, fc of a pl 0 page and of an ar 7 (execute-only) page: Data Access Rights;
// - lfetch of a missing page: nothing; lfetch.fault of it: Alternate Data TLB (code 4, ISR.r),
//   and again with ipsr.ed set by the handler: the retried lfetch.fault does not fault;
//   lfetch.fault of an a = 0 page: Data Access Bit; of a NaT page: NaT Page Consumption; at
//   privilege 3 of a pl 0 page: Data Access Rights. Post-increment forms update the base.
// The handlers record and skip, but the Alternate Data TLB handler with r33 = 1, which
// returns to the lfetch.fault with ipsr.ed = 1.
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
	PTE_RWX3 = PTE_P | PTE_A | PTE_D | (3 << 7) | (3 << 9)

	.macro	RECORD_SKIP
	RECORD
	br.sptk.many skip ;;
	.endm

	.text
	.align 32768
ivt:
	ENTRY 0x1000				// Alternate Data TLB
	RECORD
	cmp.eq p6, p7 = 1, r33
	mov r16 = cr.ipsr ;;
(p7)	br.sptk.many skip
	dep r16 = -1, r16, 43, 1 ;;		// ed, for the retried instruction
	mov cr.ipsr = r16
	mov r33 = 0 ;;
	rfi ;;
	ENTRY 0x2800
	RECORD_SKIP
	ENTRY 0x2c00				// break: back to privilege 0
	mov r16 = cr.ipsr ;;
	dep r16 = 0, r16, 32, 2 ;;
	mov cr.ipsr = r16 ;;
	srlz.d ;;
	br.sptk.many skip ;;
	ENTRY 0x5000
	RECORD_SKIP
	ENTRY 0x5300
	RECORD_SKIP
	ENTRY 0x5600
	RECORD_SKIP

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
	ITR	i, 0, 0x100000, PS_1M, 0, 0x100000 | PTE_RWX3
	ITR	d, 0, 0x200000, PS_1M, 0, 0x200000 | PTE_RWX3
	ITR	d, 2, REGION2 + 0x2000, PS_8K, 0, 0x228000 | PTE_RWX0			// rwx, pl 0
	ITR	d, 3, REGION2 + 0x4000, PS_8K, 0, 0x228000 | PTE_P | PTE_A | PTE_D	// ar 0
	ITR	d, 4, REGION2 + 0x6000, PS_8K, 0, 0x228000 | PTE_P | (3 << 9)		// a = d = 0
	ITR	d, 5, REGION2 + 0x8000, PS_8K, 0x99, 0x228000 | PTE_RWX0		// key 0x99
	ITR	d, 6, REGION2 + 0xa000, PS_8K, 0, 0x228000 | PTE_RWX0 & ~PTE_P		// p = 0
	ITR	d, 7, REGION2 + 0xc000, PS_8K, 0, 0x228000 | PTE_RWX0 | PTE_MA_NAT	// NaT page
	ITR	d, 8, REGION2 + 0xe000, PS_8K, 0, 0x228000 | PTE_P | PTE_A | (3 << 7) | (7 << 9)	// ar 7, pl 3
	mov r16 = 0
	mov r17 = 1 ;;				// key 0 valid
	mov pkr[r16] = r17 ;;
	srlz.d ;;
	mov r33 = 0
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT | PSR_PK
virtual:
	movl r2 = REGION2 + 0x2010
	movl r3 = REGION2 + 0x4010
	movl r4 = REGION2 + 0x6010
	movl r5 = REGION2 + 0x8010 ;;
	fc r2
	fc.i r3 ;;
	fc r4
	fc.i r5 ;;
	mov r46 = r39				// 0
	movl r6 = REGION2 + 0x20010 ;;
	fc r6 ;;				// Alternate Data TLB
	mov r47 = r39
	mov r48 = r42
	movl r7 = REGION2 + 0xa010 ;;
	fc.i r7 ;;				// Page Not Present
	mov r49 = r42
	movl r8 = REGION2 + 0xc010 ;;
	fc r8 ;;				// NaT Page Consumption
	mov r50 = r42
	mov r51 = r39
	// lfetch
	lfetch [r6]
	lfetch.nt1 [r8] ;;
	mov r52 = r39				// no fault
	lfetch.fault [r6] ;;			// Alternate Data TLB
	mov r53 = r39
	mov r54 = r42
	mov r33 = 1
	mov r9 = 16 ;;
	lfetch.fault.excl [r6], r9 ;;		// Alternate Data TLB, retried with psr.ed
	mov r55 = r39
	mov r56 = r6
	lfetch.fault [r4], 8 ;;			// Data Access Bit
	mov r57 = r39
	mov r58 = r42
	mov r59 = r4
	lfetch.fault [r8] ;;			// NaT Page Consumption
	mov r60 = r42
	mov r61 = r39
	// privilege 3
	rsm psr.ic ;;
	srlz.d ;;
	RFI_TO	user, PSR_VIRT | PSR_PK | PSR_CPL3
user:
	fc r2 ;;				// pl 0: Data Access Rights
	mov r62 = r39
	mov r63 = r42
	movl r10 = REGION2 + 0xe010 ;;
	fc.i r10 ;;				// ar 7: not readable at 3: Data Access Rights
	mov r64 = r39
	mov r65 = r42
	lfetch.fault [r2] ;;			// Data Access Rights
	mov r66 = r39
	mov r67 = r42
	break.m 0x99 ;;
	RFI_SYNC PSR_VIRT | PSR_PK
	EXIT
	.endp _start

	.org ivt + 0x9000
	.proc skip
skip:
	SKIP_RFI
	.endp skip
