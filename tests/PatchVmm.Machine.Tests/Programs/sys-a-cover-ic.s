// sys-a-cover-ic.s — cover writes cr.ifs only while psr.ic is 0
//
// cover makes the current frame part of the dirty partition and allocates an empty frame
// (ar.bsp moves past the frame); only with psr.ic = 0 does it also write cr.ifs = {v = 1,
// the old CFM} (SDM Vol. 3 cover; Vol. 2 3.3.5.8). The program sets cr.ifs to a marker, turns
// collection on, covers a frame of 12 (sol 10), allocates again, turns collection off and
// reads cr.ifs (the marker), then covers a frame of 7 (sol 3) with psr.ic = 0 and reads cr.ifs
// (v = 1 and that frame marker), keeping ar.bsp after each step.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); no fault here defines them

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	mov ar.rsc = 0 ;;
	movl r2 = 0x400000 ;;
	mov ar.bspstore = r2
	movl r2 = ivt ;;
	mov cr.iva = r2
	movl r3 = (1 << 63) | 1 ;;	// the marker: a valid frame marker of one register
	mov cr.ifs = r3
	mov r4 = ar.bsp ;;		// r4..r11 are static: they survive the covers
	alloc r2 = ar.pfs, 0, 10, 2, 0 ;;
	COLLECT
	cover ;;			// psr.ic = 1: cr.ifs keeps the marker
	mov r5 = ar.bsp
	alloc r2 = ar.pfs, 0, 7, 0, 0 ;;
	rsm psr.ic ;;
	srlz.d ;;
	mov r6 = cr.ifs			// the marker
	alloc r2 = ar.pfs, 0, 3, 4, 0 ;;
	cover ;;			// psr.ic = 0: cr.ifs = v | cfm (sof 7, sol 3)
	mov r7 = cr.ifs
	mov r8 = ar.bsp ;;
	alloc r2 = ar.pfs, 0, 8, 0, 0 ;;
	mov r33 = r4
	mov r34 = r5
	mov r35 = r6
	mov r36 = r7
	mov r37 = r8
	// A last rfi into slot 0 with psr.ic = 1 (cr.ifs.v = 0: the frame stays).
	movl r3 = done
	movl r5 = 1 << 13 ;;
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
done:
	EXIT
	.endp _start
