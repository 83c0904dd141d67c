// sys-vm-pkeys.s — protection keys (psr.pk = 1): key miss and key permission faults, data
// and instruction, probe's answers, and the invalidation of duplicate keys
//
// With psr.pk = 1 every translated reference needs a valid protection key register holding
// its page's key (SDM Vol. 2 Part I 4.1.3, Figure 4-8; Vol. 2 ch. 8 the Key Miss and Key
// Permission vectors; Vol. 3 probe, mov pkr):
// - a load from a page whose key no PKR holds: Data Key Miss (IVA+0x1c00, ISR.r); a branch
//   into such a code page: Instruction Key Miss (IVA+0x1800, ISR.x); probe.r of such a page:
//   Data Key Miss with ISR.na and code 2 (probe). The handler installs the key in r35 into
//   PKR[r34] and returns to the reference;
// - rd, wd, xd: a load, a store, an instruction fetch raise Key Permission faults
//   (IVA+0x5100, ISR.r / ISR.w / ISR.x); probe.r of an rd page and probe.w of a wd page
//   answer 0 without a fault; the handler clears the disable bits of every PKR;
// - the key check comes before the access rights check: a store to a read-only page whose
//   key has wd raises Key Permission, then (wd cleared) Data Access Rights (IVA+0x5300);
// - writing a valid PKR with a key another valid PKR holds clears that one's v bit; an
//   invalid write does not. PKRs are read back with mov =pkr.
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
	PKR_V = 1
	PKR_WD = 2
	PKR_RD = 4
	PKR_XD = 8
	.text
	.align 32768
ivt:
	ENTRY 0x1800				// Instruction Key Miss: install the key
	RECORD
	mov pkr[r34] = r35 ;;
	srlz.d ;;
	rfi ;;

	ENTRY 0x1c00				// Data Key Miss: install the key
	RECORD
	mov pkr[r34] = r35 ;;
	srlz.d ;;
	rfi ;;

	ENTRY 0x5100				// Key Permission: clear every disable bit
	RECORD
	mov r16 = 0 ;;
.Lclear:
	mov r17 = pkr[r16] ;;
	dep r17 = 0, r17, 1, 3 ;;
	mov pkr[r16] = r17
	adds r16 = 1, r16 ;;
	cmp.gtu p6, p0 = 16, r16
(p6)	br.cond.sptk.few .Lclear ;;
	srlz.d ;;
	rfi ;;

	ENTRY 0x5300				// Data Access Rights: skip the reference
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
	IDENTITY_MAPS				// key 0
	ITR	d, 2, REGION2 + 0x2000, PS_8K, 0x11, 0x228000 | PTE_RWX0
	ITR	d, 3, REGION2 + 0x4000, PS_8K, 0x22, 0x228000 | PTE_RWX0
	ITR	d, 4, REGION2 + 0x6000, PS_8K, 0x44, 0x228000 | PTE_RWX0
	ITR	d, 5, REGION2 + 0x8000, PS_8K, 0x55, 0x228000 | PTE_P | PTE_A | PTE_D
	ITR_SYM	i, 1, REGION3 + 0x10000, PS_16K, 0x33, far, PTE_RWX0
	mov r16 = 0
	mov r17 = PKR_V ;;
	mov pkr[r16] = r17			// key 0
	mov r16 = 1
	movl r17 = (0x22 << 8) | PKR_RD | PKR_V ;;
	mov pkr[r16] = r17 ;;
	srlz.d ;;
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT | PSR_PK
virtual:
	// a: key 0x11 missing
	mov r34 = 2
	movl r35 = (0x11 << 8) | PKR_V
	movl r2 = REGION2 + 0x2010 ;;
	ld8 r46 = [r2]				// Data Key Miss
	mov r47 = r39
	mov r48 = r40
	mov r49 = r42 ;;
	// b: key 0x22 with rd
	movl r2 = REGION2 + 0x4010 ;;
	probe.r r50 = r2, 0
	probe.w r51 = r2, 0 ;;
	ld8 r52 = [r2]				// Data Key Permission (read)
	mov r53 = r39
	mov r54 = r42
	probe.r r55 = r2, 0 ;;
	mov r16 = 1
	movl r17 = (0x22 << 8) | PKR_WD | PKR_V ;;
	mov pkr[r16] = r17 ;;
	srlz.d ;;
	probe.w r56 = r2, 0 ;;
	st8 [r2] = r0				// Data Key Permission (write)
	mov r57 = r39
	mov r58 = r42
	// d: key 0x44 missing, probed
	mov r34 = 4
	movl r35 = (0x44 << 8) | PKR_V
	movl r2 = REGION2 + 0x6010 ;;
	probe.r r59 = r2, 0			// Data Key Miss (probe)
	mov r60 = r39
	mov r61 = r42 ;;
	// e: key 0x55 with wd on a read-only page
	mov r16 = 6
	movl r17 = (0x55 << 8) | PKR_WD | PKR_V ;;
	mov pkr[r16] = r17 ;;
	srlz.d ;;
	movl r2 = REGION2 + 0x8010 ;;
	st8 [r2] = r0				// Key Permission, then Access Rights
	mov r62 = r39
	mov r63 = r42
	mov r64 = r43
	// c: code with key 0x33 missing, then installed with xd
	mov r34 = 3
	movl r35 = (0x33 << 8) | PKR_XD | PKR_V
	movl r5 = REGION3 + 0x10000 ;;
	mov b6 = r5
	br.sptk.many b6 ;;			// Instruction Key Miss, then Key Permission
.Lback:
	mov r66 = r39
	mov r67 = r42
	// a duplicate key: PKR 2 loses its v bit; an invalid duplicate changes nothing
	mov r16 = 7
	movl r17 = 0x44 << 8 ;;
	mov pkr[r16] = r17
	mov r16 = 8
	movl r17 = (0x11 << 8) | PKR_V ;;
	mov pkr[r16] = r17 ;;
	srlz.d ;;
	mov r16 = 2 ;;
	mov r68 = pkr[r16]
	mov r16 = 4 ;;
	mov r69 = pkr[r16]
	mov r16 = 8 ;;
	mov r70 = pkr[r16]
	mov r16 = 7 ;;
	mov r71 = pkr[r16]
	movl r2 = REGION2 + 0x2010 ;;
	ld8 r72 = [r2] ;;			// key 0x11 is in PKR 8
	mov r73 = r39
	mov r16 = 1 ;;
	mov r74 = pkr[r16]
	mov r16 = 3 ;;
	mov r75 = pkr[r16]
	RFI_SYNC PSR_VIRT | PSR_PK
	EXIT
	.endp _start

	.org ivt + 0x10000
	.proc far
far:
	mov r65 = r39
	movl r8 = .Lback ;;
	mov b6 = r8
	br.sptk.many b6 ;;
	.endp far
