import type { Translation } from '../../resources';
import type en from '../en/mock-panel';

/** Spanish strings of the "mock-panel" namespace: the same keys as ../en/mock-panel.ts. */
const mockPanel: Translation<typeof en> = {
  badge: {
    label: 'SIMULADO',
    hint: 'Back ends simulados: no se llama a ningún proveedor real',
  },
  open: 'Fallos simulados',
  title: 'Fallos de los back ends simulados',
  latency: 'Latencia',
  latencies: {
    none: 'Ninguna',
    realistic: 'Realista (150–600 ms)',
    slow: 'Lenta (3 s)',
  },
  failure: 'Fallo',
  failures: {
    none: 'Ninguno',
    network: 'Error de red',
    'server-error': 'HTTP 500',
    'rate-limit': 'HTTP 429 (Retry-After)',
    'malformed-json': 'JSON mal formado',
    hang: 'No responde nunca',
  },
  vendor: 'Proveedor',
  allVendors: 'Todos los proveedores',
  methods: 'Solicitudes',
  methodOptions: {
    all: 'Todas',
    writes: 'Solo escrituras',
    reads: 'Solo lecturas',
  },
  afterProcessing: 'Perder la respuesta después de que el back end procese la solicitud',
  reset: 'Restablecer datos y fallos',
  active: 'Fallo activo: {{failure}}',
};

export default mockPanel;
