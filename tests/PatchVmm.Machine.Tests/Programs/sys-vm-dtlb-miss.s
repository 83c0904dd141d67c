// sys-vm-dtlb-miss.s — data TLB misses with the VHPT walker off: handler, itc.d, retry
//
// With translation on and pta.ve = 0, loads and stores to an unmapped 8 KiB-page region
// (rr2: rid 0x302, ps 13) raise Alternate Data TLB faults (IVA+0x1000; SDM Vol. 2 Part I
// 4.1.8, 5.6, Alternate Data TLB vector): cr.ifa = the address, cr.itir = rr2's rid as key and
// ps, ISR.r or ISR.w and ISR.ei = the slot. The handler inserts the page with itc.d (the
// address from cr.ifa, page size and key from the cr.itir the fault left) at physical
// 0x220000 + bits 15:13 of the address, and returns to the faulting instruction, which then
// completes. A second reference to an inserted page does not fault; tpa and tak see the
// inserted entries (key = rid).
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); the handler records them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_8K, 0
	.text
	.align 32768
ivt:
	ENTRY 0x1000
	RECORD
	mov r16 = cr.ifa ;;
	extr.u r17 = r16, 13, 3 ;;
	shl r17 = r17, 13
	movl r18 = 0x220000 | PTE_RWX0 ;;
	or r18 = r18, r17 ;;
	itc.d r18 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 64, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	SET_RR	0, RR0
	SET_RR	2, RR2
	// physical 0x222000 (the page at bits 15:13 = 1) holds a pattern
	movl r2 = 0x222010
	movl r3 = 0x0123456789abcdef ;;
	st8 [r2] = r3
	IDENTITY_MAPS
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = 0x4000000000002010 ;;
	ld8 r46 = [r2]				// read miss in slot 0
	mov r47 = r39
	mov r48 = r40
	mov r49 = r41
	mov r50 = r42
	mov r51 = r43
	mov r52 = r44 ;;
	movl r3 = 0x4000000000006ff8
	movl r4 = 0x5555aaaa5555aaaa ;;
	nop.m 0
	st8 [r3] = r4				// write miss in slot 1
	nop.i 0 ;;
	mov r53 = r39
	mov r54 = r40
	mov r55 = r41
	mov r56 = r42
	mov r57 = r43
	mov r58 = r44 ;;
	ld8 r59 = [r3]				// hits the inserted entry
	ld8 r60 = [r2]
	mov r61 = r39
	movl r5 = 0x4000000000007123 ;;
	tpa r62 = r5
	tak r63 = r5
	// the inserted page read back through the identity map
	movl r6 = 0x226ff8 ;;
	ld8 r64 = [r6]
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start
