import type { Bank } from './types';

export const es: Bank = {
  lang: 'es',
  gender: ['', '', ' (H/M)', ' (m/f)'],
  roles: [
    ['Engineering Manager', 'people', 'eng'], ['Responsable de Atención al Cliente', 'people', 'support'], ['Director Comercial', 'people', 'sales'],
    ['Jefa de Administración', 'people', 'finance'], ['Gerente de Operaciones', 'people', 'support'],
    ['Head of Data', 'head', 'data'], ['Directora de Tecnología', 'head', 'eng'], ['Head of Marketing', 'head', 'marketing'],
    ['Jefe de Equipo de Desarrollo', 'teamlead', 'eng'], ['Team Lead Backend', 'teamlead', 'eng'], ['Coordinadora de Equipo de Soporte', 'teamlead', 'support'],
    ['Lead Data Engineer', 'leadx', 'data'], ['Lead Developer Frontend', 'leadx', 'eng'],
    ['Ingeniero de Software Senior', 'bodyonly', 'eng'], ['Consultor Senior', 'bodyonly', 'finance'],
    ['Desarrollador Backend Senior', 'senior', 'eng'], ['Analista de Datos', 'senior', 'data'], ['Ingeniera DevOps', 'senior', 'eng'], ['Data Scientist', 'senior', 'data'],
    ['Desarrollador Full Stack', 'senior', 'eng'], ['Técnico Contable', 'senior', 'finance'],
    ['Jefe de Proyecto', 'trap', 'product'], ['Product Manager', 'trap', 'product'], ['Account Manager', 'trap', 'sales'], ['Key Account Manager', 'trap', 'sales'],
    ['Customer Success Manager', 'trap', 'support'], ['Social Media Manager', 'trap', 'marketing'],
  ],
  companies: ['Soluciones Iberia', 'Grupo Alhambra', 'Mediterránea Digital', 'Olivo Seguros', 'Nubia Tech', 'Cervantes Labs', 'Transportes Ebro', 'Sol y Mar Hoteles', 'Fintonic Norte', 'Agrícola Duero'],
  cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Málaga', 'Zaragoza', 'Ciudad de México'],
  area: {
    eng: ['nuestra plataforma de pagos', 'la aplicación web', 'nuestros microservicios'], data: ['nuestro data warehouse', 'el reporting', 'la plataforma de datos'],
    sales: ['nuestra cartera de clientes', 'el desarrollo de negocio en Cataluña', 'las cuentas clave'], support: ['la atención al cliente', 'el soporte de segundo nivel', 'el centro de contacto'],
    product: ['la app móvil', 'el proceso de alta', 'el portal de socios'], finance: ['el cierre mensual', 'el reporting del grupo', 'la contabilidad de proveedores'],
    marketing: ['nuestras redes sociales', 'la captación', 'la estrategia de contenidos'],
  },
  intro: [
    '{co} es una empresa con más de {n}00 profesionales especializada en {area}.', 'Desde 2011, en {co} ayudamos a nuestros clientes a mejorar {area}.',
    'En {co} creemos que la tecnología puede transformar {area}.', 'Únete a {co}, una scale-up en pleno crecimiento con sede en {city}.',
    'Somos {co}: un equipo de {n}0 personas con muchas ganas de crecer.',
  ],
  roleIntro: [
    'Buscamos un/a {title} para incorporarse a nuestra oficina de {city}.', 'Como {title}, serás responsable de {area}.', '¿Quieres formar parte de un proyecto en crecimiento? Buscamos {title}.',
    'Tu misión será impulsar {area}.', 'Incorporamos un/a {title} para reforzar {area}.',
  ],
  duties: [
    'Diseñar, desarrollar y mantener {area} con {tool}', 'Trabajar mano a mano con los equipos de producto y diseño', 'Velar por la calidad de {area}',
    'Crear cuadros de mando en {tool}', 'Analizar procesos y proponer mejoras', 'Gestionar y fidelizar la cartera de clientes',
    'Documentar y compartir buenas prácticas', 'Planificar y priorizar el trabajo sobre {area}', 'Participar en las guardias',
    'Realizar análisis con {tool}', 'Trabajarás con {tool} y {tool2} en el día a día',
  ],
  req: [
    'Al menos {n} años de experiencia con {tool}', 'Dominio de {tool} y {tool2}', 'Experiencia práctica con {tool} en producción', 'Buenos conocimientos de {tool}',
    '{n}+ años de experiencia en un puesto similar, idealmente con {tool}', 'Experiencia demostrable con {tool}', 'Experiencia mínima de {n} años trabajando con {tool}', 'Conocimientos avanzados de {tool}',
  ],
  reqSoft: ['Nivel de inglés alto (B2 o superior)', 'Titulación universitaria en Ingeniería, ADE o similar', 'Capacidad de organización y autonomía', 'Excelentes habilidades de comunicación', 'Orientación al cliente'],
  pref: ['Experiencia con {tool}', 'Conocimientos de {tool}', 'Haber trabajado con {tool}', 'Experiencia previa en startups'],
  inlinePref: ['Se valorará:', 'Valorable:', 'Deseable:'],
  inlineReq: ['Requisitos:', 'Imprescindible:', 'Necesitamos:'],
  mgr: [
    'Liderarás un equipo de {n} personas y acompañarás su desarrollo profesional.', 'Gestión de equipos: {n} personas a cargo.', 'Serás responsable de la contratación y las evaluaciones de desempeño del equipo.',
    'Tendrás {n} personas a tu cargo.', 'Gestionarás el presupuesto y la plantilla del área.', 'Dirigirás un equipo de {n} desarrolladores, con reuniones individuales periódicas.',
    'Coordinarás y gestionarás a un equipo de {n} agentes.',
  ],
  ic: [
    'Reportarás al {boss}.', 'Puesto sin personas a cargo.', 'Reportando directamente al {boss}, trabajarás junto a otros especialistas.',
    'Este puesto no incluye gestión de equipos.', 'Dependerás del {boss}.',
  ],
  bosses: ['Head of Data', 'Director de Tecnología', 'Director Comercial', 'Responsable Financiero', 'CTO'],
  neutralTeam: ['Te unirás a un equipo de {n} personas.', 'Nuestro equipo de {n} trabaja codo con codo con ventas.', 'Formarás parte de un squad de {n} personas.'],
  workplace: {
    remote: ['Trabajo 100 % en remoto desde cualquier parte de España.', 'Teletrabajo total.', 'Modalidad: remoto', 'Puesto en remoto.'],
    hybrid: ['Modelo híbrido: 3 días en la oficina de {city} y 2 en casa.', 'Teletrabajo parcial (2 días por semana).', 'Modalidad híbrida con oficina en {city}.', 'Trabajo híbrido y horario flexible.'],
    onsite: ['Trabajo presencial en nuestras oficinas de {city}.', 'Modalidad: presencial ({city}).', 'Puesto presencial en {city}.', 'No es posible el teletrabajo; el puesto es en {city}.'],
  },
  wpTag: { remote: ['Remoto', 'En remoto'], hybrid: ['Híbrido'], onsite: ['Presencial'] },
  benefits: ['Seguro médico privado', 'Retribución flexible', 'Jornada intensiva en verano', '23 días de vacaciones', 'Presupuesto para formación', 'Afterworks y eventos de equipo', 'Ticket restaurante', 'Contrato indefinido'],
  headings: {
    about: ['Sobre nosotros', 'Quiénes somos', 'Acerca de {co}'], duties: ['Funciones', 'Tus responsabilidades', 'Qué harás', 'Responsabilidades'],
    req: ['Requisitos', 'Qué buscamos', 'Tu perfil', 'Perfil que buscamos', 'Requisitos mínimos'], pref: ['Se valorará', 'Valorable', 'Deseable', 'Será un plus'],
    benefits: ['Qué ofrecemos', 'Beneficios', 'Ofrecemos'],
  },
  chrome: {
    apply: ['Inscribirme', 'Solicitar', 'Solicitud sencilla', 'Guardar'], similar: ['Empleos similares', 'Ofertas similares', 'También te puede interesar'],
    cookie: ['Utilizamos cookies propias y de terceros. Aceptar todas | Configurar', 'Este sitio web utiliza cookies. Aceptar Rechazar'],
    posted: ['hace 2 días', 'hace 1 semana', 'Publicada hace 5 días', 'Actualizada hace 3 semanas'], employment: ['Jornada completa', 'Contrato indefinido', 'Jornada completa · Indefinido'],
    applicants: ['Más de 100 solicitudes', '41 solicitudes', 'Sé de los primeros 25 solicitantes'], showMore: ['Ver más', 'Mostrar más'],
  },
};
