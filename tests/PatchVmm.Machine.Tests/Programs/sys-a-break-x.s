// sys-a-break-x.s — break.x: cr.iim gets the low 21 bits of imm62
//
// break.x (X1) raises a Break Instruction fault whose cr.iim is imm62 zero-extended from its
// low 21 bits (SDM Vol. 3 break: "immediate = zero_ext(imm62, 21)"; the L slot holds the upper
// 41 bits). The fault is reported in slot 1 of the MLX bundle: ISR.ei = cr.ipsr.ri = 1. Two
// break.x: one with bits in both halves of imm62, one whose low 21 bits are 0 (cr.iim = 0:
// not break 0, which would halt, since the firmware looks at the whole immediate, as Ski's);
// a predicated-off break.x does nothing. The handler copies cr.iim, cr.isr, cr.ipsr and cr.iip
// to r40 and up and returns to the bundle after the MLX one.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); a Break fault does not define them

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x2c00
	mov r16 = cr.iim
	mov r17 = cr.isr
	mov r18 = cr.ipsr
	mov r19 = cr.iip ;;
	cmp.eq p6, p7 = r0, r33 ;;	// r33: which break
(p6)	mov r40 = r16
(p6)	mov r41 = r17
(p6)	mov r42 = r18
(p6)	sub r43 = r19, r12
(p7)	mov r44 = r16
(p7)	mov r45 = r17
(p7)	mov r46 = r18
(p7)	sub r47 = r19, r12
	adds r33 = 1, r33
	// Back to the next bundle, slot 0.
	dep r18 = 0, r18, 41, 2
	adds r19 = 16, r19 ;;
	mov cr.ipsr = r18
	mov cr.iip = r19 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 24, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2
	movl r12 = _start
	mov r33 = 0 ;;
	bsw.1 ;;
	COLLECT
	cmp.eq p8, p9 = r0, r0 ;;
	{ .mlx
	nop.m 0
	break.x 0x3edcba9876f4321 ;; }	// cr.iim = 0xf4321
	{ .mlx
	nop.m 0
	break.x 0x123456789a00000 ;; }	// low 21 bits 0: cr.iim = 0
	{ .mlx
	nop.m 0
(p9)	break.x 0x1 ;; }		// predicated off
	mov r48 = r33
	rsm psr.ic ;;
	srlz.d
	movl r3 = done
	movl r5 = (1 << 44) | (1 << 13) ;;
	mov cr.iip = r3
	mov cr.ipsr = r5 ;;
	rfi ;;
done:
	EXIT
	.endp _start
