import type { Translation } from '../../../resources';
import type en from '../../en/orders-parts/details';

/** Spanish strings of ../../en/orders/details.ts. */
const details: Translation<typeof en> = {
  postdicomDetail: {
    title: 'Orden {{id}} de PostDICOM',
    noInstitution:
      'Este enlace no dice a qué institución pertenece la orden. Ábrala desde la lista de trabajo.',
    actions: 'Visor, compartir y papelera',
    openViewer: 'Abrir en el visor',
    share: 'Compartir…',
    openViewerLink: 'Abrir el visor',
    popupBlocked: 'El navegador bloqueó la pestaña nueva.',
    moveToBin: 'Mover a la papelera',
    moveToBinTitle: '¿Mover esta orden a la papelera?',
    moveToBinBody:
      'La orden sale de las listas; PostDICOM la guarda en su papelera, desde donde se puede restaurar.',
    keep: 'Conservar la orden',
    binned: 'La orden {{id}} de PostDICOM se movió a la papelera.',
    organize: 'Marca, asignaciones, carpetas y grupo',
    currentFlag: 'Marca: {{flag}}',
    flag: 'Marca de la cuenta',
    setFlag: 'Poner la marca',
    assignedUsers: 'Usuarios asignados',
    assignedGroups: 'Grupos de usuarios asignados',
    user: 'Usuario',
    userGroup: 'Grupo de usuarios',
    location: 'Ubicación (institución)',
    assign: 'Asignar',
    unassign: 'Quitar la asignación a {{name}}',
    remove: 'Quitar',
    folders: 'En carpetas',
    folder: 'Carpeta',
    addToFolder: 'Añadir a la carpeta',
    removeFromFolder: 'Quitar de la carpeta {{name}}',
    orderGroup: 'Grupo de órdenes',
    inGroup: 'En el grupo de órdenes {{id}}',
    noGroup: 'No está en un grupo de órdenes',
    createGroup: 'Crear un grupo de órdenes con esta orden',
    leaveGroup: 'Quitar de su grupo de órdenes',
    changed: 'La orden se cambió en PostDICOM.',
  },
  impiloDetail: {
    title: 'Orden {{id}} de Impilo',
    notFound: 'Impilo no tiene ninguna orden con el id {{id}}.',
    status: 'Estado',
    id: 'Id en Impilo',
    recipient: 'Para',
    patient: 'Paciente {{id}}',
    site: 'Sede {{id}}',
    externalIds: 'ID externos de la orden',
    tracking: 'Números de seguimiento',
    noTracking: 'Todavía ninguno (se añaden al enviar)',
    events: 'Eventos',
    kit: 'kit',
    item: 'artículo',
  },
  impiloStatuses: {
    RECEIVED: 'Recibida',
    PROCESSING: 'En preparación',
    SHIPPED: 'Enviada',
    DELIVERED: 'Entregada',
    CANCELLED: 'Cancelada',
  },
};

export default details;
