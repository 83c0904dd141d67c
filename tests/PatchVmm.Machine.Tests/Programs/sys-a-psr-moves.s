// sys-a-psr-moves.s — rsm, ssm, sum, rum, mov psr.l=, mov psr.um=, mov =psr, mov =psr.um
//
// The system mask instructions set and clear psr{23:0} bits, mov psr.l= replaces psr{31:0}
// (bits 63:32 of the source that are not reserved are ignored), mov =psr reads psr{31:0} and
// it/mc (SDM Vol. 3 rsm, ssm, mov psr). The user mask instructions change be, up, ac, mfl,
// mfh — up only while psr.sp is 0 (SDM Vol. 3 sum, rum, mov psr.um; Vol. 2 3.3.2, 7.2.1) —
// and mov =psr.um reads psr{5:0}. psr.be makes data references big-endian (SDM Vol. 1
// 4.5.1.3): ld8/ld4/ld2/st4 with be = 1 see and write the bytes in the other order. Every
// step's psr is kept in the next result register.
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
	alloc r3 = ar.pfs, 0, 72, 0, 0 ;;
	movl r3 = ivt ;;
	mov cr.iva = r3
	movl r3 = 1 << 16 ;;
	mov cr.itv = r3			// the timer masked: psr.i may be set
	movl r2 = 0x200000 ;;
	movl r3 = 0x1122334455667788 ;;
	st8 [r2] = r3 ;;
	mov r40 = psr			// 0 at boot
	ssm 0x6000 ;;			// ic, i
	srlz.d ;;
	mov r41 = psr
	rsm 0x4000 ;;			// i
	mov r42 = psr
	// psr.l: up mfl mfh, ic, sp pp di si, lp rt; bits 32+ (cpl, bn) are ignored.
	movl r3 = (3 << 32) | (1 << 44) | 0x34 | (1 << 21) | (1 << 20) | (1 << 22) | (1 << 23) | (1 << 27) | (1 << 25) | (1 << 13) ;;
	mov psr.l = r3 ;;
	srlz.d ;;
	mov r43 = psr
	mov r44 = psr.um ;;
	srlz.d ;;
	// psr.sp = 1: up cannot change.
	rum 0x4 ;;
	mov r45 = psr.um
	sum 0x1a ;;			// be ac mfl
	mov r46 = psr.um
	mov r3 = 0x2 ;;
	mov psr.um = r3 ;;		// up stays 1 (sp), only be left of the others
	mov r47 = psr.um
	rsm 0x100000 ;;			// sp
	srlz.d ;;
	mov r48 = psr
	rum 0x4 ;;			// now up goes
	mov r49 = psr.um
	// psr.be = 1 (set above): big-endian data references.
	ld8 r50 = [r2]
	ld4 r51 = [r2]
	ld2 r52 = [r2] ;;
	ld1 r53 = [r2]
	adds r4 = 8, r2
	movl r3 = 0xa1b2c3d4 ;;
	st4 [r4] = r3 ;;
	rum 0x2 ;;			// little-endian again
	ld8 r54 = [r4]
	mov r55 = psr.um
	ssm 0x2000 ;;			// setting a set bit
	rsm 0x800000 ;;			// si
	srlz.d ;;
	mov r56 = psr
	mov psr.l = r0 ;;		// everything 31:0 off (ic too)
	srlz.d ;;
	mov r57 = psr
	// A last rfi into slot 0 with psr.ic = 1.
	movl r3 = done
	movl r5 = 1 << 13 ;;
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
done:
	EXIT
	.endp _start
