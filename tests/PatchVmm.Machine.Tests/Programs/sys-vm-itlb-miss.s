// sys-vm-itlb-miss.s — instruction TLB misses with the VHPT walker off: handler, itc.i, retry
//
// With translation on and pta.ve = 0, a branch into region 3 (rr3: rid 0x403, ps 14), where
// nothing is mapped, raises an Alternate Instruction TLB fault (IVA+0x0c00; SDM Vol. 2 Part I
// 4.1.8, Alternate Instruction TLB vector): cr.ifa = cr.iip = the bundle, cr.itir = rr3's rid
// and ps, ISR.x and ISR.ei = 0. The handler maps the 16 KiB page with itc.i onto the text
// (physical = the address without its region bits) and returns; the code there runs from
// region 3 (mov =ip shows the virtual address), runs off the end of its page into the next,
// unmapped one (a second fault, on the fall-through), then branches back to region 0.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); the handler records them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR3, 0x403, PS_16K, 0
	REGION3 = 3 << 61
	.text
	.align 32768
ivt:
	ENTRY 0x0c00
	RECORD
	mov r16 = cr.ifa ;;
	dep r17 = 0, r16, 61, 3 ;;		// physical = virtual without the region
	dep r17 = 0, r17, 0, 14
	movl r18 = PTE_RWX0 ;;
	or r18 = r18, r17 ;;
	itc.i r18 ;;
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
	SET_RR	3, RR3
	IDENTITY_MAPS
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION3 + far ;;
	mov b6 = r2 ;;
	br.sptk.many b6 ;;			// miss on the branch target
.Lback:
	mov r56 = r39
	mov r57 = r40
	mov r58 = r41
	mov r59 = r42
	mov r60 = r43
	mov r61 = r44 ;;
	EXIT
	.endp _start

// The last two bundles of the 16 KiB page at 0x10c000, then the first of the next page.
	.org ivt + 0x10000 - 0x20
	.proc far
far:
	mov r46 = r39
	mov r47 = r40
	mov r48 = r41 ;;
	mov r49 = r42
	mov r50 = r43
	mov r51 = ip ;;				// falls through into the unmapped page
	mov r52 = r39
	mov r53 = ip
	movl r2 = back ;;
	mov b6 = r2
	nop.i 0
	br.sptk.many b6 ;;
	.endp far
	.proc back
back:
	mov r54 = ip
	br.sptk.many .Lback ;;
	.endp back
