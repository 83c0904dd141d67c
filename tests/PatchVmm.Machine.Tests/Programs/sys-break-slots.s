// sys-break-slots.s — Break Instruction faults from every slot, delivered through the IVT
//
// break.m in slot 0, break.i in slots 1 and 2, break.b in slot 2, with psr.ic = 1: the
// handler at IVA+0x2c00 records cr.iim (summed; break.b ignores its immediate and gives 0),
// cr.isr (ei = the slot), cr.iip, cr.ipsr (ri = the slot), cr.iipa and cr.ifs, and returns
// to the next slot.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa -- Ski writes cr.ifa on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup); a Break fault does not define it
// ski-excluded: cr.iipa -- undefined after rsm psr.ic (SDM Vol. 2 3.3.5.6); Ski leaves the last instruction's address with its slot bits

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x2c00
	mov r19 = cr.iim ;;
	add r40 = r40, r19
	mov r19 = cr.isr ;;
	mov r41 = r19
	mov r19 = cr.iip ;;
	mov r42 = r19
	mov r19 = cr.ipsr ;;
	mov r43 = r19
	mov r19 = cr.iipa ;;
	mov r44 = r19
	mov r19 = cr.ifs ;;
	mov r45 = r19
	adds r50 = 1, r50
	SKIP_RFI

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 24, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	COLLECT
	mov r40 = 0
	mov r50 = 0 ;;
	break.m 0x11
	nop.i 0
	nop.i 0 ;;
	mov r46 = r41 ;;
	mov r51 = r43
	break.i 0x22
	nop.i 0 ;;
	mov r47 = r41
	mov r52 = r43
	break.i 0x33 ;;
	mov r48 = r41
	mov r53 = r43
	break.b 0x44 ;;
	mov r49 = r41
	mov r54 = r44 ;;
	rsm psr.ic ;;
	mov r55 = psr ;;
	EXIT
	.endp _start
