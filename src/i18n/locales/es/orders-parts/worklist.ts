import type { Translation } from '../../../resources';
import type en from '../../en/orders-parts/worklist';

/** Spanish strings of ../../en/orders/worklist.ts. */
const worklist: Translation<typeof en> = {
  all: {
    title: 'Órdenes',
    edenWorklist: 'Lista de trabajo de Eden',
    tableLabel: 'Órdenes de todos los proveedores',
    search: 'Paciente, ID del paciente o referencia',
    vendors: 'Proveedores',
    vendorFailed: 'No se pudieron cargar las órdenes de {{vendor}}; se muestran las demás',
    notAsked: 'No se consultó {{vendor}}',
    noScanSession:
      'No hay sesión de Scan.com en esta pestaña: las derivaciones solo las ve la sesión que las creó.',
    startScanSession: 'Iniciar una sesión de Scan.com (primer paso de una nueva derivación)',
    stillLoading: 'aún cargando algunos proveedores',
    export: 'Exportar CSV',
    sortBy: 'Ordenar por {{column}}',
    sortOrder: 'Ordenar por',
    ascending: 'Ascendente',
    descending: 'Descendente',
    noneIsAll: 'Sin ninguno marcado se ven todos.',
    images_one: '{{count}} imagen',
    images_other: '{{count}} imágenes',
    cardsLabel: 'Órdenes de todos los proveedores, una tarjeta por orden',
    columns: {
      date: 'Fecha',
      vendor: 'Proveedor',
      reference: 'Referencia',
      patient: 'Paciente',
      patientId: 'ID del paciente',
      what: 'Modalidad o kit',
      status: 'Estado',
      vendorStatus: 'Estado en el proveedor',
      priority: 'Prioridad',
    },
    statuses: {
      requested: 'Solicitada',
      'in-progress': 'En curso',
      reporting: 'Pendiente de informe',
      completed: 'Completada',
      cancelled: 'Cancelada',
      unknown: 'Desconocido',
    },
  },
};

export default worklist;
